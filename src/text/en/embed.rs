use crate::text::embed::EmbedText;

pub static EMBED: EmbedText = EmbedText {
    book: "Book a consultation",
    next_step: "Next step",
    ask_clinic: "Ask {clinic} for a consultation to talk these results through.",
    no_clinic: "your clinic",
    config_error: "The treatment comparison could not start. The clinic's configuration has a problem: ",
    load_failed: "The treatment comparison could not be loaded. Please reload the page.",
};
