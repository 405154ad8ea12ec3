//! A stable sort for the short lists the widget orders (treatments and families for the
//! ranking, a candidacy's reasons, the clinic's offered treatments and prices: eleven items at
//! most). Insertion sort gives exactly what the standard library's stable sort gives (equal
//! keys keep their order) in a fraction of the code: that one is about 3 KB of wasm for each
//! type it sorts.

/// Sorts `items` by `key`, ascending; items with equal keys keep their order (as
/// `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "sort_tests.rs"]
mod tests;
