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
    /// RealSelf (realself.com): patients' reviews of microneedling (the downtime they report, 1-3
    /// days) and cost figures for microneedling with PRP (about US$1,000 a session at a
    /// dermatologist) and RF microneedling (US$500-3,900 a session by area, second-hand); accessed
    /// 2026. One consumer source; no society survey found.
    RealSelf,
    /// Alam M, et al. JAMA Dermatology 2014: randomised trial of microneedling for acne scars
    /// (significant at 6 months, borderline at 3; trial sessions 2 weeks apart).
    Alam2014,
    /// El-Domyati M, et al. Microneedling therapy for atrophic acne scars: an objective evaluation.
    /// Journal of Clinical and Aesthetic Dermatology 2015;8(7):36-42 (sessions 2 weeks apart).
    ElDomyati,
    /// Alster TS, Graham PM. Microneedling: a review and practical guide. Dermatologic Surgery
    /// (online 2017; 2018;44:397-404): what microneedling treats, including mild laxity.
    AlsterGraham2017,
    /// Cohen BE, Elbuluk N. Microneedling in skin of color: a review of uses and efficacy. Journal
    /// of the American Academy of Dermatology 2016;74(2):348-355.
    Jaad2016,
    /// Atrius Health (Massachusetts), patient guidance on microneedling: who should not have it
    /// (active skin cancer in the area); accessed 2026.
    AtriusHealth,
    /// Waldman A, et al. (ASDS Guidelines Task Force). Consensus recommendations on procedures during
    /// and after isotretinoin. Dermatologic Surgery 2017: no need to wait for superficial peels;
    /// medium and deep peels and fully ablative resurfacing still wait 6 months.
    Waldman2017,
    /// Gilbert S. Dermatologic Surgery 2000: valacyclovir prophylaxis for peels and resurfacing in
    /// people who get cold sores.
    Gilbert2000,
    /// Consumer price guides on the web (microneedling, peels, non-ablative laser and
    /// microdermabrasion per-session prices), 2024-2026. Not a publication: no society survey gives
    /// these prices, which is why a clinic's own prices replace them.
    ConsumerPrices,
    /// Soleymani T, Lanoue J, Rahman Z. A practical approach to chemical peels: a review of
    /// fundamentals and step-by-step algorithmic protocol for treatment. Journal of Clinical and
    /// Aesthetic Dermatology 2018;11(8):21-28. Peel depths and agents, what each depth treats,
    /// recovery and duration, and darker skin (with Fischer et al., J Eur Acad Dermatol Venereol
    /// 2010;24:281-292, for the depth classification).
    Soleymani2018,
    /// Preissig J, Hamilton K, Markus R. Current laser resurfacing technologies: a review that
    /// delves beneath the surface. Seminars in Plastic Surgery 2012;26(3):109-116. Non-ablative and
    /// ablative fractional lasers: sessions, spacing, downtime, results, what each treats.
    Preissig2012,
    /// American Society of Plastic Surgeons, Plastic Surgery Statistics Report: national average
    /// fees (ablative laser resurfacing, neuromodulator, hyaluronic acid filler); accessed 2026.
    Asps,
    /// The U.S. prescribing information of botulinum toxin type A for glabellar lines (e.g.
    /// Allergan's Botox Cosmetic): onset, peak, duration, repeat no more often than every 90 days,
    /// contraindications; accessed 2026.
    NeuromodulatorLabel,
    /// U.S. Food and Drug Administration, "Dermal Fillers (Soft Tissue Fillers)": what they treat,
    /// how long they last (6-12 months), who should not have them (under 22, bleeding disorders);
    /// accessed 2026.
    FdaFiller,
    /// Hamman MS, Goldman MP. Minimizing bruising following fillers and other cosmetic injectables.
    /// Journal of Clinical and Aesthetic Dermatology 2013;6(8):16-18. Bruising and swelling after
    /// filler; blood thinners raise the risk.
    HammanGoldman2013,
    /// Karimipour DJ, Karimipour G, Orringer JS. Microdermabrasion: an evidence-based review.
    /// Plastic and Reconstructive Surgery 2010;125(1):372-377 (with Shim EK et al., Dermatol Surg
    /// 2001;27:524-530, and Spencer JM, Am J Clin Dermatol 2005;6:89-92): a surface treatment with
    /// no downtime and short-lived, modest effects on texture and brightness.
    Karimipour2010,
    /// Fitzpatrick TB. The validity and practicality of sun-reactive skin types I through VI.
    /// Archives of Dermatology 1988;124(6):869-871 (the self-typing questionnaire).
    FitzpatrickScale,
    /// This widget's own safety policy where the sources are silent: an elective procedure on
    /// affected skin waits, or is discussed with a provider first. Never used for a figure.
    SafetyPolicy,
    /// The clinic's own price list, from the widget's configuration (prices only).
    Clinic,
    /// Ogbechie-Godec OA, Elbuluk N. Melasma: an up-to-date comprehensive review. Dermatology and
    /// Therapy 2017;7(3):305-318 (sunscreen and topicals first; superficial peels and microneedling
    /// as procedures).
    OgbechieGodec2017,
    /// Kauvar ANB. Seminars in Cutaneous Medicine and Surgery 2012: lasers for melasma give "an
    /// unacceptably high rate" of hyperpigmentation and rebound melasma.
    Kauvar2012,
    /// Arora P, et al. Lasers for melasma and post-inflammatory hyperpigmentation. Journal of
    /// Cutaneous and Aesthetic Surgery 2012;5:93-103 (lasers second line for melasma).
    Arora2012,
    /// Trivedi MK, Yang FC, Cho BK. A review of laser and light therapy in melasma. International
    /// Journal of Women's Dermatology 2017;3(1):11-20.
    Trivedi2017,
    /// Carruthers J, et al. Consensus recommendations for combined aesthetic interventions using
    /// botulinum toxin, fillers and energy-based devices. Dermatologic Surgery 2016 (consecutive
    /// treatments 1-2 weeks apart; toxin and filler may be the same day).
    Carruthers2016,
    /// Clinics' consumer pages on combining microneedling with injections (a clinic habit, not a
    /// trial result: at least 2 weeks either way), 2024-2026. Not a publication; the facts file
    /// asks for a consensus paper before relying on the figure.
    ClinicSpacing,
    /// Kaushik SB, Alexis AF. Nonablative fractional laser resurfacing in skin of color:
    /// evidence-based review. Journal of Clinical and Aesthetic Dermatology 2017;10(6):51-67
    /// (post-inflammatory hyperpigmentation in 4-17% of types IV-VI in the studies it reviews).
    KaushikAlexis2017,
    /// Manuskiatti W, Triwongwaranat D, Varothai S, Eimpunth S, Wanitphakdeedecha R. Efficacy and
    /// safety of a carbon-dioxide ablative fractional resurfacing device for treatment of atrophic
    /// acne scars in Asians. Journal of the American Academy of Dermatology 2010;63(2):274-283
    /// (transient hyperpigmentation in 92% of type IV patients); and Alexis AF, Br J Dermatol
    /// 2013;169 Suppl 3:91-97, on caution with ablative lasers in types V-VI.
    Manuskiatti2010,
    /// Kang C, Lu D. Frontiers in Medicine 2022: meta-analysis of microneedling with PRP for acne
    /// scars (4 randomised and 10 split-face studies, 472 patients; odds of > 50% improvement about
    /// tripled, OR 2.97, and of satisfaction OR 4.15). Agreeing: Long et al., J Cosmet Dermatol
    /// 2020;19:836-844. Disagreeing: a split-face study found no significant added benefit (Sharma,
    /// Kaur & Bassi, J Pak Assoc Dermatol).
    KangLu2022,
    /// Asif M, Kanodia S, Singh K. Journal of Cosmetic Dermatology 2016: split-face study of
    /// microneedling with PRP against microneedling with distilled water for atrophic acne scars
    /// (62.2% against 45.8% improvement; 3 sessions about a month apart).
    Asif2016,
    /// Pincelli TP, et al. Plastic and Reconstructive Surgery Global Open 2024;12:e5829: a randomised
    /// trial in 18 women found no added benefit of PRP with microneedling for fine lines and laxity.
    Pincelli2024,
    /// Chawla S. Journal of Cutaneous and Aesthetic Surgery 2014;7:209: microneedling with PRP for
    /// atrophic acne scars, split-face (sessions a month apart; one of 30 type IV-V patients withdrew
    /// for marked hyperpigmentation).
    Chawla2014,
    /// Kaur et al., Journal of Cutaneous and Aesthetic Surgery 2024;17:307-314, and Abdel-Motaleb et
    /// al., Journal of Dermatological Treatment 2022: small trials favouring PRP added to
    /// microneedling for stretch marks.
    Kaur2024,
    /// Nanda S, et al. (task force on platelet-rich plasma in aesthetics). Indian Dermatology Online
    /// Journal 2021;12(Suppl 1):S41-S54: bleeding and platelet disorders and very low platelet counts
    /// rule PRP out.
    Nanda2021,
    /// Stadelman-Behar AM, et al. U.S. Centers for Disease Control and Prevention, Morbidity and
    /// Mortality Weekly Report 2024;73(16):372-376: HIV infections linked to PRP microneedling
    /// facials at an unlicensed spa.
    StadelmanBehar2024,
    /// Tan MG, Jo CE, Chapas A, Khetarpal S, Dover JS. Radiofrequency microneedling: a
    /// comprehensive and critical review. Dermatologic Surgery 2021;47:755-761 (42 studies, most
    /// small and uncontrolled; improvement continues to about 6 months; courses of 3-5 sessions 3-6
    /// weeks apart, as in the devices' manuals).
    Tan2021,
    /// Alexiades-Armenakas M, et al. Archives of Dermatology 2010;146:396-405: a blinded, randomised
    /// comparison of fractional radiofrequency with a surgical face-lift for laxity (about 16% against
    /// 49% improvement; redness hours to a day, swelling and pinpoint bruising up to 5-10 days).
    AlexiadesArmenakas2010,
    /// Cho SI, et al. Dermatologic Surgery 2012: fractional radiofrequency microneedling for acne
    /// scars and enlarged pores (pores improved in more than 70% of patients).
    Cho2012,
    /// Chandrashekar BS, et al. Journal of Cutaneous and Aesthetic Surgery 2014;7:93-97: RF
    /// microneedling for acne scars in 31 patients of types III-V (80.6% improved by two grades).
    Chandrashekar2014,
    /// Syder NC, Chen A, Elbuluk N. Dermatologic Surgery 2023;49:489-493: review of 35 studies of RF
    /// microneedling in types III-VI (transient hyperpigmentation in 7, permanent scarring in 1;
    /// weak evidence overall).
    Syder2023,
    /// Hsu SH, Chung HJ, Weiss RA. Dermatologic Surgery 2019;45:552: RF heat degraded hyaluronic
    /// acid filler in tissue samples (RF microneedling after filler in the same area).
    Hsu2019,
    /// U.S. Food and Drug Administration, safety communication of 15 October 2025 on
    /// radiofrequency microneedling devices: burns, scarring, fat loss and nerve damage reported;
    /// choose an experienced, licensed provider.
    FdaRf2025,
}

impl Source {
    pub const ALL: [Source; 45] = [
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
        Source::Soleymani2018,
        Source::Preissig2012,
        Source::Asps,
        Source::NeuromodulatorLabel,
        Source::FdaFiller,
        Source::HammanGoldman2013,
        Source::Karimipour2010,
        Source::FitzpatrickScale,
        Source::SafetyPolicy,
        Source::Clinic,
        Source::OgbechieGodec2017,
        Source::Kauvar2012,
        Source::Arora2012,
        Source::Trivedi2017,
        Source::Carruthers2016,
        Source::ClinicSpacing,
        Source::KaushikAlexis2017,
        Source::Manuskiatti2010,
        Source::KangLu2022,
        Source::Asif2016,
        Source::Pincelli2024,
        Source::Chawla2014,
        Source::Kaur2024,
        Source::Nanda2021,
        Source::StadelmanBehar2024,
        Source::Tan2021,
        Source::AlexiadesArmenakas2010,
        Source::Cho2012,
        Source::Chandrashekar2014,
        Source::Syder2023,
        Source::Hsu2019,
        Source::FdaRf2025,
    ];
}
