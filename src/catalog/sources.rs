//! The sources the catalog's figures come from, as named in `shared/clinical-facts.md`.
//! Their citations, as a visitor reads them, are text: `results.sources.*` in src/text/en.json
//! and es.json (`ResultText::citation`).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// "Microneedling: A Guide to Rejuvenating Your Complexion" (clinic guide; the fact base's
    /// seed 000).
    Seed000,
    /// "How microneedling works to renew skin" (clinic article; seed 001).
    Seed001,
    /// "Microneedling: Everything You Need to Know" (clinic treatment page comparing
    /// microneedling with peels, lasers, injectables and microdermabrasion; seed 003).
    Seed003,
    /// The seed articles together (where they agree).
    Seeds,
    /// RealSelf (realself.com), patients' reviews of microneedling: the downtime they report
    /// (1-3 days).
    RealSelf,
    /// Alam et al., JAMA Dermatology 2014 (microneedling for acne scars, randomised trial).
    Alam2014,
    /// El-Domyati et al., Journal of Clinical and Aesthetic Dermatology.
    ElDomyati,
    /// Alster & Graham, Dermatologic Surgery 2017 (microneedling review).
    AlsterGraham2017,
    /// Journal of the American Academy of Dermatology 2016;74:348.
    Jaad2016,
    /// Atrius Health's patient guidance on microneedling: who should not have it (active skin
    /// cancer in the area).
    AtriusHealth,
    /// Waldman et al., ASDS task force, Dermatologic Surgery 2017 (isotretinoin and procedures).
    Waldman2017,
    /// Gilbert, Dermatologic Surgery 2000 (valacyclovir prophylaxis for peels).
    Gilbert2000,
    /// Consumer price guides (microneedling and microdermabrasion per-session prices).
    ConsumerPrices,
    /// Chemical-peel literature as summarised in the fact base (depths, downtime, duration).
    PeelLiterature,
    /// Laser-resurfacing literature as summarised in the fact base (incl. PIH rates).
    LaserLiterature,
    /// American Society of Plastic Surgeons average fee statistics.
    Asps,
    /// Botulinum-toxin product labelling.
    NeuromodulatorLabel,
    /// FDA information on hyaluronic-acid fillers.
    FdaFiller,
    /// Injectables literature as summarised in the fact base (prices, bruising).
    InjectableLiterature,
    /// Microdermabrasion literature as summarised in the fact base.
    MicrodermLiterature,
    /// The Fitzpatrick self-typing questionnaire.
    FitzpatrickScale,
    /// This widget's own safety policy where the sources are silent: an elective procedure on
    /// affected skin waits, or is discussed with a provider first. Never used for a figure.
    SafetyPolicy,
    /// The clinic's own price list, from the widget's configuration (prices only).
    Clinic,
    /// Ogbechie-Godec & Elbuluk, Dermatology and Therapy 2017 (melasma: sunscreen and topicals
    /// first; superficial peels and microneedling as procedures).
    OgbechieGodec2017,
    /// Kauvar, Seminars in Cutaneous Medicine and Surgery 2012 (lasers and rebound melasma).
    Kauvar2012,
    /// Arora et al., Journal of Cutaneous and Aesthetic Surgery 2012 (lasers second line for
    /// melasma).
    Arora2012,
    /// Trivedi, Yang & Cho, International Journal of Women's Dermatology 2017 (melasma therapy).
    Trivedi2017,
    /// Carruthers et al., Dermatologic Surgery 2016 (consensus on combining toxin, fillers and
    /// energy-based devices: consecutive treatments 1-2 weeks apart).
    Carruthers2016,
    /// Clinics' consumer pages on combining microneedling with injections (a clinic habit, not a
    /// trial result: at least 2 weeks either way).
    ClinicSpacing,
}

impl Source {
    pub const ALL: [Source; 29] = [
        Source::Seed000,
        Source::Seed001,
        Source::Seed003,
        Source::Seeds,
        Source::RealSelf,
        Source::Alam2014,
        Source::ElDomyati,
        Source::AlsterGraham2017,
        Source::Jaad2016,
        Source::AtriusHealth,
        Source::Waldman2017,
        Source::Gilbert2000,
        Source::ConsumerPrices,
        Source::PeelLiterature,
        Source::LaserLiterature,
        Source::Asps,
        Source::NeuromodulatorLabel,
        Source::FdaFiller,
        Source::InjectableLiterature,
        Source::MicrodermLiterature,
        Source::FitzpatrickScale,
        Source::SafetyPolicy,
        Source::Clinic,
        Source::OgbechieGodec2017,
        Source::Kauvar2012,
        Source::Arora2012,
        Source::Trivedi2017,
        Source::Carruthers2016,
        Source::ClinicSpacing,
    ];
}
