//! Unit tests of `src/sort.rs` (the convention: docs/engineers/testing.md).

#[test]
fn it_sorts_as_the_standard_library_s_stable_sort() {
    let mut x: u32 = 12_345;
    for len in 0..40 {
        let items: Vec<(u32, usize)> = (0..len)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((x >> 16) % 5, i)
            })
            .collect();
        let (mut ours, mut std) = (items.clone(), items);
        super::sort_by_key(&mut ours, |(k, _)| *k);
        std.sort_by_key(|(k, _)| *k);
        assert_eq!(ours, std);
    }
}
