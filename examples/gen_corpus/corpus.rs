//! A synthetic news corpus, deterministic from a seed, for benchmarking crosscheck.
//!
//! `Corpus::new(config)` describes `events` invented happenings (earthquakes, floods,
//! explosions, border clashes, military drills, protests, …), each with canonical facts: a
//! type, a fictional city in a (fictional or real) country, a date, casualty counts, a
//! magnitude or duration, and speakers with quotations. `Corpus::article(i)` writes article
//! `i` as one outlet's report of event `i % events`, in that outlet's wording (digits or
//! number words, curly or straight quotes, date style, transliteration of names), with filler
//! background paragraphs built from slot templates so the text does not repeat.
//!
//! A controlled fraction of articles (`conflict_rate`) gets one conflicting account: a
//! different count, a date off by a day or a month, a quotation with words changed, a
//! different magnitude or duration, or a quotation credited to another speaker. Those are
//! what `crosscheck check` should flag.
//!
//! Everything derives from `(seed, event index)` and `(seed, article index)` through a
//! SplitMix64 generator, so an article does not depend on how many others are generated,
//! and the same parameters always give the same bytes. This file is shared by
//! `examples/gen_corpus/main.rs` and `benches/extract.rs`.

use std::fmt::Write as _;

/// SplitMix64: tiny, fast, and good enough for picking words.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for one item of one stream, independent of every other item.
    pub fn for_item(seed: u64, stream: u64, index: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        r.0 ^= r.next_u64() ^ index.wrapping_mul(0xE703_7ED1_A0B4_28DB);
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Config {
    pub articles: usize,
    pub events: usize,
    pub seed: u64,
    /// Fraction of articles given one conflicting account.
    pub conflict_rate: f64,
}

/// One generated article.
#[derive(Debug, Clone)]
pub struct GenArticle {
    /// Path relative to the corpus folder (`000/000042-harbor-wire.txt`).
    pub rel_path: String,
    pub text: String,
    pub event: usize,
    pub outlet: &'static str,
    /// The conflicting account injected, if any (`killed`, `date`, `quote`, …).
    pub conflict: Option<&'static str>,
}

pub struct Corpus {
    config: Config,
}

impl Corpus {
    pub fn new(config: Config) -> Self {
        assert!(config.events > 0, "at least one event");
        Corpus { config }
    }

    /// Article `i` (any `i`; only its event depends on the number of events).
    pub fn article(&self, i: usize) -> GenArticle {
        let events = self.config.events;
        let ev_index = i % events;
        let event = Event::generate(self.config.seed, ev_index);
        // The k-th report of an event comes from a different outlet for k < OUTLETS.len().
        let outlet_index = (i / events + ev_index * 5) % OUTLETS.len();
        let outlet = &OUTLETS[outlet_index];
        let mut rng = Rng::for_item(self.config.seed, 2, i as u64);
        let conflict = if rng.chance(self.config.conflict_rate) {
            Some(rng.pick(event.kind.conflicts()))
        } else {
            None
        };
        let text = write_article(&event, outlet, conflict, &mut rng);
        GenArticle {
            rel_path: format!("{:03}/{:06}-{}.txt", i / 1000, i, outlet.slug()),
            text,
            event: ev_index,
            outlet: outlet.name,
            conflict,
        }
    }
}

// ------------------------------------------------------------------------------------------
// Calendar (proleptic Gregorian, days since 1970-01-01).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day {
    y: i32,
    m: u32,
    d: u32,
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Day {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    Day { y, m, d }
}

/// 0 = Monday … 6 = Sunday.
fn weekday(z: i64) -> usize {
    (z + 3).rem_euclid(7) as usize
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

// ------------------------------------------------------------------------------------------
// Numbers.

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn number_words(n: u32) -> String {
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        100..=999 if n.is_multiple_of(100) => format!("{} hundred", ONES[(n / 100) as usize]),
        100..=999 => format!(
            "{} hundred and {}",
            ONES[(n / 100) as usize],
            number_words(n % 100)
        ),
        _ => digits(n),
    }
}

fn digits(n: u32) -> String {
    if n < 10_000 {
        return n.to_string();
    }
    format!("{},{:03}", n / 1000, n % 1000)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

// ------------------------------------------------------------------------------------------
// Outlets.

#[derive(Debug)]
struct Outlet {
    name: &'static str,
    /// Writes small numbers as words.
    words: bool,
    /// Curly quotation marks.
    curly: bool,
    /// "3 March" instead of "March 3".
    day_first: bool,
    /// Opens with a "CITY, Country (Outlet) —" dateline.
    dateline: bool,
    /// Which transliteration of names it uses.
    translit: usize,
    /// Days between the event and publication.
    delay: (u32, u32),
}

impl Outlet {
    fn slug(&self) -> String {
        self.name
            .to_lowercase()
            .split_whitespace()
            .filter(|w| *w != "the")
            .collect::<Vec<_>>()
            .join("-")
    }
}

const OUTLETS: [Outlet; 14] = [
    Outlet {
        name: "Harbor Wire",
        words: false,
        curly: false,
        day_first: false,
        dateline: true,
        translit: 0,
        delay: (0, 1),
    },
    Outlet {
        name: "The Meridian Post",
        words: true,
        curly: true,
        day_first: false,
        dateline: false,
        translit: 1,
        delay: (1, 2),
    },
    Outlet {
        name: "Northgate Herald",
        words: true,
        curly: false,
        day_first: true,
        dateline: false,
        translit: 2,
        delay: (1, 3),
    },
    Outlet {
        name: "Daily Ledger",
        words: false,
        curly: true,
        day_first: false,
        dateline: false,
        translit: 0,
        delay: (1, 2),
    },
    Outlet {
        name: "Coastline Times",
        words: true,
        curly: true,
        day_first: true,
        dateline: true,
        translit: 1,
        delay: (0, 2),
    },
    Outlet {
        name: "Capital Review",
        words: false,
        curly: false,
        day_first: false,
        dateline: false,
        translit: 2,
        delay: (2, 6),
    },
    Outlet {
        name: "Evening Courier",
        words: true,
        curly: false,
        day_first: false,
        dateline: false,
        translit: 0,
        delay: (0, 1),
    },
    Outlet {
        name: "Plains Press",
        words: false,
        curly: true,
        day_first: true,
        dateline: false,
        translit: 1,
        delay: (1, 4),
    },
    Outlet {
        name: "Granite Gazette",
        words: true,
        curly: true,
        day_first: false,
        dateline: true,
        translit: 2,
        delay: (1, 2),
    },
    Outlet {
        name: "Atlas News Agency",
        words: false,
        curly: false,
        day_first: false,
        dateline: true,
        translit: 0,
        delay: (0, 1),
    },
    Outlet {
        name: "Riverside Tribune",
        words: true,
        curly: false,
        day_first: true,
        dateline: false,
        translit: 1,
        delay: (1, 3),
    },
    Outlet {
        name: "Observer Weekly",
        words: false,
        curly: true,
        day_first: false,
        dateline: false,
        translit: 2,
        delay: (3, 6),
    },
    Outlet {
        name: "Summit Daily",
        words: true,
        curly: false,
        day_first: false,
        dateline: false,
        translit: 0,
        delay: (1, 2),
    },
    Outlet {
        name: "Lantern Report",
        words: false,
        curly: true,
        day_first: true,
        dateline: true,
        translit: 1,
        delay: (0, 3),
    },
];

const WIRES: [&str; 6] = [
    "Reuters",
    "the Associated Press",
    "AFP",
    "state television",
    "a local radio station",
    "the Harbor Wire",
];

// ------------------------------------------------------------------------------------------
// Names: people, places, organisations.

const GIVEN: [(&str, bool); 40] = [
    ("Amir", false),
    ("Leyla", true),
    ("Hossein", false),
    ("Mariam", true),
    ("Tomas", false),
    ("Ingrid", true),
    ("Kofi", false),
    ("Ama", true),
    ("Rustam", false),
    ("Dilnoza", true),
    ("Pavel", false),
    ("Irina", true),
    ("Javier", false),
    ("Lucia", true),
    ("Omar", false),
    ("Samira", true),
    ("Kenji", false),
    ("Aiko", true),
    ("Nikolai", false),
    ("Elena", true),
    ("Tariq", false),
    ("Yasmin", true),
    ("Andrei", false),
    ("Sofia", true),
    ("Reza", false),
    ("Nasrin", true),
    ("Mehmet", false),
    ("Aylin", true),
    ("Daniel", false),
    ("Hana", true),
    ("Farid", false),
    ("Zainab", true),
    ("Bogdan", false),
    ("Milena", true),
    ("Arman", false),
    ("Nadia", true),
    ("Lars", false),
    ("Freya", true),
    ("Emeka", false),
    ("Ngozi", true),
];
const SUR_ONSET: [&str; 30] = [
    "Ab", "Kar", "Val", "Mor", "Tesh", "Nad", "Bel", "Hos", "Rah", "Kov", "Sul", "Dar", "Mir",
    "Zan", "Fel", "Gor", "Lut", "Pas", "Quen", "Sar", "Tor", "Ved", "Yus", "Khal", "Ost", "Ber",
    "Chal", "Dov", "Esk", "Ham",
];
const SUR_MID: [&str; 16] = [
    "dol", "la", "ri", "me", "ka", "no", "ve", "si", "to", "ba", "ra", "lu", "ze", "mi", "ho",
    "gha",
];
const SUR_END: [&str; 16] = [
    "hian", "nov", "rov", "ani", "ski", "lez", "din", "son", "ard", "ine", "ev", "ian", "ovic",
    "man", "ari", "zadeh",
];

const CITY_START: [&str; 24] = [
    "Val", "Mor", "Tes", "Kar", "Bel", "Os", "Lin", "Dra", "Sev", "Ast", "Kel", "Nor", "Pral",
    "Quin", "Ruv", "Sal", "Tam", "Ul", "Vor", "Zel", "Hald", "Gav", "Bren", "Fen",
];
const CITY_END: [&str; 20] = [
    "mora", "keli", "grad", "hold", "ston", "avik", "ara", "enta", "ovo", "burg", "ia", "port",
    "dale", "mir", "abad", "sk", "ecca", "ury", "ach", "una",
];
const CITY_SHAPES: [(&str, &str); 6] = [
    ("", ""),
    ("", ""),
    ("", ""),
    ("Port ", ""),
    ("", " Bay"),
    ("", " Valley"),
];

/// Countries: (name, demonym or "" when the gazetteer has none).
const COUNTRIES: [(&str, &str); 24] = [
    ("Estlandia", ""),
    ("Marovia", ""),
    ("Karesh", ""),
    ("Velland", ""),
    ("Tarsania", ""),
    ("Quorim", ""),
    ("Belavia", ""),
    ("Ostrenia", ""),
    ("Dravistan", ""),
    ("Kelmar", ""),
    ("Sunmark", ""),
    ("Arvania", ""),
    ("Lisovia", ""),
    ("Nortessa", ""),
    ("Azerbaijan", "Azerbaijani"),
    ("Armenia", "Armenian"),
    ("Georgia", "Georgian"),
    ("Chile", "Chilean"),
    ("Ecuador", "Ecuadorian"),
    ("Colombia", "Colombian"),
    ("Egypt", "Egyptian"),
    ("Brazil", "Brazilian"),
    ("Canada", "Canadian"),
    ("France", "French"),
];
const REGION_DIR: [&str; 7] = [
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "coastal",
    "mountainous",
];

fn surname(rng: &mut Rng) -> String {
    let mut s = String::from(rng.pick(&SUR_ONSET));
    s.push_str(rng.pick(&SUR_MID));
    if rng.chance(0.3) {
        s.push_str(rng.pick(&SUR_MID));
    }
    s.push_str(rng.pick(&SUR_END));
    s
}

/// Another transliteration of a name that crosscheck's spelling skeleton still matches:
/// one vowel changed (o/u, a/e, i/e), or a consonant doubled.
fn transliterate(name: &str, variant: usize) -> String {
    if variant == 0 {
        return name.to_string();
    }
    let chars: Vec<char> = name.chars().collect();
    let swaps: &[(char, char)] = if variant == 1 {
        &[('o', 'u'), ('a', 'e'), ('i', 'y')]
    } else {
        &[('u', 'o'), ('e', 'a'), ('i', 'e')]
    };
    for &(from, to) in swaps {
        if let Some(p) = chars.iter().skip(1).position(|&c| c == from) {
            let mut out = chars.clone();
            out[p + 1] = to;
            return out.into_iter().collect();
        }
    }
    // Double a single l, r, n, m, s or d standing between two vowels.
    let vowels = "aeiou";
    for p in 1..chars.len().saturating_sub(1) {
        if "lrnmsd".contains(chars[p])
            && vowels.contains(chars[p - 1])
            && vowels.contains(chars[p + 1])
        {
            let mut out = chars.clone();
            out.insert(p, chars[p]);
            return out.into_iter().collect();
        }
    }
    name.to_string()
}

fn city(rng: &mut Rng) -> String {
    let (pre, post) = rng.pick(&CITY_SHAPES);
    format!(
        "{pre}{}{}{post}",
        rng.pick(&CITY_START),
        rng.pick(&CITY_END)
    )
}

// ------------------------------------------------------------------------------------------
// Events.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Earthquake,
    Flood,
    Storm,
    Landslide,
    Wildfire,
    Explosion,
    Fire,
    Crash,
    BorderClash,
    Drill,
    Protest,
}

const KINDS: [Kind; 11] = [
    Kind::Earthquake,
    Kind::Flood,
    Kind::Storm,
    Kind::Landslide,
    Kind::Wildfire,
    Kind::Explosion,
    Kind::Fire,
    Kind::Crash,
    Kind::BorderClash,
    Kind::Drill,
    Kind::Protest,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Theme {
    Disaster,
    Violence,
    Drill,
    Protest,
}

impl Kind {
    fn theme(self) -> Theme {
        match self {
            Kind::BorderClash | Kind::Explosion => Theme::Violence,
            Kind::Drill => Theme::Drill,
            Kind::Protest => Theme::Protest,
            _ => Theme::Disaster,
        }
    }

    /// Nouns for the happening (all trigger words in rules/events.toml).
    fn nouns(self) -> &'static [&'static str] {
        match self {
            Kind::Earthquake => &["earthquake", "quake", "tremor"],
            Kind::Flood => &["flood", "flash flood", "flooding"],
            Kind::Storm => &["storm", "cyclone", "typhoon"],
            Kind::Landslide => &["landslide", "mudslide"],
            Kind::Wildfire => &["wildfire", "forest fire"],
            Kind::Explosion => &["explosion", "blast"],
            Kind::Fire => &["blaze", "inferno"],
            Kind::Crash => &["crash", "collision"],
            Kind::BorderClash => &["attack", "gunfire"],
            Kind::Drill => &["military exercise", "drills", "war games"],
            Kind::Protest => &["protest", "demonstration", "rally"],
        }
    }

    /// Which conflicting accounts make sense for this kind.
    fn conflicts(self) -> &'static [&'static str] {
        match self {
            Kind::Earthquake => &[
                "killed",
                "injured",
                "date",
                "quote",
                "magnitude",
                "attribution",
            ],
            Kind::Drill => &["missiles", "date", "quote", "duration", "attribution"],
            Kind::Protest => &[
                "arrested",
                "injured",
                "date",
                "quote",
                "duration",
                "attribution",
            ],
            Kind::Explosion | Kind::Crash => &["killed", "injured", "date", "quote", "attribution"],
            _ => &[
                "killed",
                "injured",
                "date",
                "quote",
                "duration",
                "attribution",
            ],
        }
    }

    fn has_casualties(self) -> bool {
        !matches!(self, Kind::Drill | Kind::Protest)
    }
}

#[derive(Debug, Clone)]
struct Speaker {
    given: &'static str,
    female: bool,
    surname: String,
    /// "the interior minister of Estlandia", "a spokesman for the Red Crescent".
    role: String,
    /// A title used before the name ("Interior Minister"), when the role has one.
    title: Option<String>,
    quotes: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
struct Event {
    kind: Kind,
    city: String,
    country: &'static str,
    demonym: &'static str,
    region: &'static str,
    /// Days since 1970-01-01.
    day: i64,
    killed: u32,
    injured: u32,
    arrested: u32,
    missiles: u32,
    /// Magnitude × 10.
    magnitude: u32,
    /// (amount, unit word) such as (3, "hours").
    duration: (u32, &'static str),
    hour: u32,
    minute: u32,
    building: &'static str,
    org: String,
    second_country: &'static str,
    speakers: Vec<Speaker>,
    /// A past event in the same place for background paragraphs: (kind noun, month, year, killed).
    past: (&'static str, usize, i32, u32),
}

const BUILDINGS: [&str; 10] = [
    "fuel depot",
    "textile factory",
    "shopping centre",
    "apartment block",
    "chemical plant",
    "warehouse",
    "market hall",
    "hotel",
    "railway station",
    "grain silo",
];
const VEHICLES: [&str; 6] = [
    "a passenger bus and a fuel truck",
    "two commuter trains",
    "a minibus and a lorry",
    "a ferry and a cargo ship",
    "a tourist coach and a freight train",
    "two buses",
];

impl Event {
    fn generate(seed: u64, index: usize) -> Event {
        let mut rng = Rng::for_item(seed, 1, index as u64);
        let kind = rng.pick(&KINDS);
        let (country, demonym) = rng.pick(&COUNTRIES);
        let city = city(&mut rng);
        // 2016-01-01 .. 2024-12-31
        let day = days_from_civil(2016, 1, 1) + rng.below(3288) as i64;
        let killed = match rng.below(4) {
            0 => rng.range(2, 9),
            1 | 2 => rng.range(10, 60),
            _ => rng.range(61, 400),
        };
        let injured = killed + rng.range(3, 300);
        let second_country = loop {
            let c = rng.pick(&COUNTRIES).0;
            if c != country {
                break c;
            }
        };
        let org = match kind.theme() {
            Theme::Disaster => match rng.below(4) {
                0 => format!("{country} Red Crescent"),
                1 => "National Disaster Management Agency".to_string(),
                2 => format!("{city} fire department"),
                _ => "Civil Defence Directorate".to_string(),
            },
            Theme::Violence => match rng.below(3) {
                0 => format!("{country} Defence Ministry"),
                1 => "Border Guard Service".to_string(),
                _ => format!("{city} police"),
            },
            Theme::Drill => format!("{country} Defence Ministry"),
            Theme::Protest => format!("{city} police"),
        };
        let duration = match kind {
            Kind::Storm => (rng.range(4, 30), "hours"),
            Kind::Wildfire | Kind::Flood => (rng.range(2, 12), "days"),
            Kind::Drill => (rng.range(3, 14), "days"),
            Kind::Earthquake => (rng.range(15, 90), "seconds"),
            _ => (rng.range(2, 9), "hours"),
        };
        let n_speakers = rng.range(2, 4) as usize;
        let mut speakers = Vec::with_capacity(n_speakers);
        for s in 0..n_speakers {
            let (given, female) = rng.pick(&GIVEN);
            let surname = surname(&mut rng);
            let (role, title) = speaker_role(kind, s, female, country, &city, &org, &mut rng);
            let first = rng.below(QUOTE_BANK);
            let second = (first + 1 + rng.below(QUOTE_BANK - 1)) % QUOTE_BANK;
            let cx = QuoteContext {
                city: &city,
                country,
                org: &org,
            };
            let quotes = vec![
                quote_words(kind.theme(), first, &cx, &mut rng),
                quote_words(kind.theme(), second, &cx, &mut rng),
            ];
            speakers.push(Speaker {
                given,
                female,
                surname,
                role,
                title,
                quotes,
            });
        }
        let past_kind = rng.pick(&KINDS).nouns()[0];
        let past_year = civil_from_days(day).y - rng.range(2, 15) as i32;
        Event {
            kind,
            city,
            country,
            demonym,
            region: rng.pick(&REGION_DIR),
            day,
            killed,
            injured,
            arrested: rng.range(12, 400),
            missiles: rng.range(3, 40),
            magnitude: rng.range(45, 79),
            duration,
            hour: rng.range(1, 12),
            minute: rng.range(0, 11) * 5,
            building: rng.pick(&BUILDINGS),
            org,
            second_country,
            speakers,
            past: (past_kind, rng.below(12), past_year, rng.range(2, 90)),
        }
    }

    fn place_long(&self, rng: &mut Rng) -> String {
        match rng.below(3) {
            0 => format!("{}, in {} {}", self.city, self.region, self.country),
            1 => format!("the {} city of {}", self.region, self.city),
            _ => format!("{}, {}", self.city, self.country),
        }
    }
}

fn speaker_role(
    kind: Kind,
    slot: usize,
    female: bool,
    country: &str,
    city: &str,
    org: &str,
    rng: &mut Rng,
) -> (String, Option<String>) {
    let ministry = match kind.theme() {
        Theme::Disaster | Theme::Protest => "interior",
        Theme::Violence | Theme::Drill => "defence",
    };
    match (slot, rng.below(3)) {
        (0, 0) => (
            format!("the {ministry} minister of {country}"),
            Some(format!("{} Minister", capitalize(ministry))),
        ),
        (0, 1) => (
            format!("{country}'s {ministry} minister"),
            Some(format!("{} Minister", capitalize(ministry))),
        ),
        (0, _) => (
            format!("the governor of {city}"),
            Some("Governor".to_string()),
        ),
        (1, 0) => {
            let who = if female { "spokeswoman" } else { "spokesman" };
            (format!("a {who} for the {org}"), None)
        }
        (1, 1) => (format!("the head of the {org}"), None),
        (1, _) => (format!("the mayor of {city}"), Some("Mayor".to_string())),
        (_, 0) => {
            let job = rng.pick(&[
                "shopkeeper",
                "teacher",
                "nurse",
                "taxi driver",
                "farmer",
                "student",
            ]);
            (format!("a {}-year-old {job}", rng.range(19, 70)), None)
        }
        (_, 1) => (format!("a researcher at the University of {city}"), None),
        _ => (format!("the deputy head of the {org}"), None),
    }
}

// ------------------------------------------------------------------------------------------
// Quotations.

// A quotation is a subject and a predicate from its theme's banks, a street, a phrase naming
// the city, and sometimes a tail. The combinations and the place words keep quotations of different
// events apart: crosscheck aligns quotations across the whole corpus (and flags near-equal
// words credited to different speakers), and real speakers do not repeat each other.
const Q_DISASTER_SUBJ: [&str; 8] = [
    "our teams",
    "the rescue crews",
    "the volunteers",
    "the doctors here",
    "the local authorities",
    "all of us",
    "the army engineers",
    "the firefighters",
];
const Q_DISASTER_PRED: [&str; 12] = [
    "are working around the clock",
    "have sent every available ambulance",
    "are still digging through collapsed homes",
    "have one priority and that is finding survivors",
    "are asking residents to stay away from damaged buildings",
    "cannot reach the villages because the roads are blocked",
    "are running short of blood and surgical supplies",
    "have never seen destruction like this",
    "will rebuild every school and clinic that was destroyed",
    "lost contact with several villages this morning",
    "need tents, blankets and clean water",
    "are sleeping in the streets beside the people they rescued",
];
const Q_VIOLENCE_SUBJ: [&str; 8] = [
    "our forces",
    "the border units",
    "the investigators",
    "our soldiers",
    "the security services",
    "the police commanders",
    "the people of this region",
    "our allies",
];
const Q_VIOLENCE_PRED: [&str; 12] = [
    "responded in line with the rules of engagement",
    "hold the other side fully responsible for this escalation",
    "will find the perpetrators and bring them to justice",
    "have tightened security at every checkpoint",
    "deserve the full truth about what happened",
    "are examining the site and collecting evidence",
    "will not allow anyone to threaten our citizens",
    "know there is no military solution to this dispute",
    "took the wounded to the regional hospital within the hour",
    "did exactly what they were trained to do",
    "have asked both sides to show restraint",
    "are still searching for the men responsible",
];
const Q_DRILL_SUBJ: [&str; 8] = [
    "our navy",
    "our pilots and sailors",
    "the air defence units",
    "the general staff",
    "our commanders",
    "the marines",
    "our neighbours",
    "the coastal batteries",
];
const Q_DRILL_PRED: [&str; 12] = [
    "must be ready to protect the shipping lanes",
    "are testing how quickly units can respond",
    "were informed well in advance",
    "have shown a very high level of readiness",
    "will meet any threat with a firm response",
    "are watching these war games very closely",
    "are sending a clear message about our capabilities",
    "performed well with the new air defence systems",
    "warned civilian shipping to keep its distance",
    "see these manoeuvres as purely defensive",
    "follow the annual training plan",
    "regard this show of force as a provocation",
];
const Q_PROTEST_SUBJ: [&str; 8] = [
    "we",
    "the students",
    "the workers",
    "ordinary families",
    "the young people",
    "the organisers",
    "the police officers",
    "the shopkeepers",
];
const Q_PROTEST_PRED: [&str; 12] = [
    "are here because the government has stopped listening",
    "will keep marching until the demands are met",
    "faced force although the rally was peaceful",
    "have the right to protest under the constitution",
    "showed great restraint in a very difficult situation",
    "cannot live when prices double and wages stand still",
    "want jobs and a future",
    "believe dialogue is the only way out of this crisis",
    "will go home only when someone listens",
    "have filed complaints about the police",
    "were not organised by any party",
    "urge everyone to stay calm",
];
const Q_PLACE: [&str; 14] = [
    "across {city} and the surrounding villages",
    "for the people of {city} and their families",
    "in the hardest hit parts of {city} tonight",
    "here in {city} and in the whole of {country}",
    "because {city} cannot wait any longer",
    "and {country} stands with the people of {city}",
    "while the {org} coordinates the response in {city}",
    "along the main road out of {city} towards the hills",
    "until every family in {city} is safe",
    "in every district of {city} without exception",
    "and the {org} in {city} has said so clearly",
    "from {city} to the capital of {country}",
    "as long as {city} needs us",
    "whatever anyone outside {city} says",
];
const Q_TAIL: [&str; 14] = [
    "and we need more help from the international community",
    "and we will not rest until this work is finished",
    "but the coming days will be very difficult",
    "and that is what we told the families this morning",
    "and everyone knows it",
    "but we are doing everything in our power",
    "and the whole world is watching",
    "so we ask for patience",
    "and we will say more when the facts are clear",
    "but nobody should panic",
    "and that has to change now",
    "as I told the cabinet",
    "and I say that as a father",
    "and history will judge us on it",
];

struct QuoteContext<'a> {
    city: &'a str,
    country: &'a str,
    org: &'a str,
}

/// A quotation with predicate number `index` (of `QUOTE_BANK` per theme).
fn quote_words(theme: Theme, index: usize, cx: &QuoteContext, rng: &mut Rng) -> Vec<String> {
    let (subjects, predicates): (&[&str], &[&str]) = match theme {
        Theme::Disaster => (&Q_DISASTER_SUBJ, &Q_DISASTER_PRED),
        Theme::Violence => (&Q_VIOLENCE_SUBJ, &Q_VIOLENCE_PRED),
        Theme::Drill => (&Q_DRILL_SUBJ, &Q_DRILL_PRED),
        Theme::Protest => (&Q_PROTEST_SUBJ, &Q_PROTEST_PRED),
    };
    let mut q = rng.pick(subjects).to_string();
    q.push(' ');
    q.push_str(predicates[index % predicates.len()]);
    // A street in mid-quotation: with the city, enough words of the event's own that two
    // events' quotations built from the same banks stay apart.
    q.push_str(&format!(
        " {} {}{} {} ",
        rng.pick(&["near", "on", "around", "beyond"]),
        rng.pick(&CITY_START),
        rng.pick(&CITY_END),
        rng.pick(&["Street", "Road", "Square", "Bridge", "Market"])
    ));
    q.push_str(rng.pick(&Q_PLACE));
    if rng.chance(0.5) {
        q.push(' ');
        q.push_str(rng.pick(&Q_TAIL));
    }
    q.replace("{city}", cx.city)
        .replace("{country}", cx.country)
        .replace("{org}", cx.org)
        .split(' ')
        .map(str::to_string)
        .collect()
}

/// Speakers pick their quotations' predicates among this many per theme.
const QUOTE_BANK: usize = 12;

/// Word swaps for quotation drift.
const SYNONYMS: [(&str, &str); 16] = [
    ("never", "not"),
    ("every", "each"),
    ("people", "residents"),
    ("will", "would"),
    ("working", "toiling"),
    ("all", "every"),
    ("very", "extremely"),
    ("strong", "powerful"),
    ("find", "locate"),
    ("help", "support"),
    ("clear", "strong"),
    ("ordinary", "regular"),
    ("full", "whole"),
    ("quickly", "fast"),
    ("difficult", "hard"),
    ("families", "relatives"),
];

/// The quotation with one to three words swapped or dropped.
fn drift(words: &[String], rng: &mut Rng) -> Vec<String> {
    let mut out = words.to_vec();
    let changes = rng.range(1, 3);
    for _ in 0..changes {
        if out.len() < 8 {
            break;
        }
        let p = 1 + rng.below(out.len() - 1);
        if let Some(&(_, to)) = SYNONYMS.iter().find(|(from, _)| *from == out[p]) {
            out[p] = to.to_string();
        } else if let Some(&(from, _)) = SYNONYMS.iter().find(|(_, to)| *to == out[p]) {
            out[p] = from.to_string();
        } else {
            out.remove(p);
        }
    }
    out
}

// ------------------------------------------------------------------------------------------
// Filler: background paragraphs from slot templates.

const F_SUBJECT: [&str; 32] = [
    "The regional government",
    "Local businesses",
    "Aid groups",
    "Residents of nearby towns",
    "The central bank",
    "Farmers in the province",
    "Opposition lawmakers",
    "Engineers",
    "Schools across the region",
    "Insurance companies",
    "The national railway operator",
    "City planners",
    "Several foreign embassies",
    "Small traders",
    "Hospital managers",
    "The tourism board",
    "Environmental groups",
    "Trade unions",
    "Port authorities",
    "Municipal councils",
    "Fishing cooperatives",
    "The energy ministry",
    "Charities",
    "Young graduates",
    "Construction firms",
    "Teachers' associations",
    "The statistics office",
    "Mountain communities",
    "Transport companies",
    "Water utilities",
    "Landlords",
    "Volunteers",
];
const F_VERB: [&str; 30] = [
    "have spent years rebuilding",
    "are still assessing",
    "have repeatedly called for",
    "continue to debate",
    "recently approved",
    "struggled to secure",
    "have quietly expanded",
    "are reluctant to fund",
    "have begun to question",
    "largely ignored",
    "postponed plans for",
    "were slow to adopt",
    "have campaigned against",
    "invested heavily in",
    "are lobbying for",
    "have long complained about",
    "doubled spending on",
    "cut back on",
    "set up",
    "are divided over",
    "tried to modernise",
    "were criticised for neglecting",
    "have pressed for",
    "launched a review of",
    "scrapped",
    "are experimenting with",
    "inherited",
    "gradually replaced",
    "privatised",
    "renegotiated",
];
const F_OBJECT: [&str; 34] = [
    "the ageing road network",
    "a new budget for emergency housing",
    "tighter building codes",
    "funds for reconstruction",
    "the old drainage canals",
    "subsidies for rural clinics",
    "the coastal highway",
    "a programme of school repairs",
    "the national early-warning system",
    "cheaper loans for small firms",
    "the electricity grid",
    "flood barriers along the river",
    "rules on land use",
    "the regional airport",
    "a pension reform",
    "the fishing quotas",
    "the mining concessions",
    "public transport fares",
    "a census of damaged homes",
    "the border crossings",
    "vocational training centres",
    "the water supply network",
    "the tax on imported fuel",
    "a digital land registry",
    "the hospital expansion",
    "the cross-border trade agreement",
    "the wheat harvest forecasts",
    "seasonal work permits",
    "a new container terminal",
    "the mountain tunnels",
    "local broadband projects",
    "the tourism season",
    "the forest management plan",
    "relief warehouses",
];
const F_ADJUNCT: [&str; 26] = [
    "in recent months",
    "since the last census",
    "despite rising costs",
    "across the {dir} districts",
    "with little public debate",
    "after years of delay",
    "under pressure from donors",
    "ahead of next year's budget",
    "as prices climbed",
    "in the capital and beyond",
    "for the first time in a decade",
    "with mixed results",
    "without much success",
    "amid a slowing economy",
    "while unemployment stayed high",
    "in a bid to attract investors",
    "at a time of falling revenue",
    "to the frustration of residents",
    "with support from abroad",
    "in most of the province",
    "along the main valley",
    "before the winter",
    "in the smaller towns",
    "over the objections of local mayors",
    "quietly and slowly",
    "as the population aged",
];
const F_PLACE_NOUN: [&str; 8] = [
    "market town",
    "port city",
    "provincial capital",
    "farming district",
    "industrial hub",
    "mountain town",
    "river city",
    "border town",
];
const F_KNOWN_FOR: [&str; 20] = [
    "its apricot orchards",
    "a medieval fortress",
    "textile workshops",
    "a busy fish market",
    "hot springs",
    "its carpet weavers",
    "copper mines",
    "a large university",
    "olive groves",
    "a nineteenth-century railway bridge",
    "tea plantations",
    "its wine cellars",
    "a famous bazaar",
    "shipyards",
    "salt flats",
    "a colourful spring festival",
    "limestone quarries",
    "its old mosques and churches",
    "sugar refineries",
    "wool mills",
];

fn filler_sentence(ev: &Event, rng: &mut Rng) -> String {
    let known = rng.below(F_KNOWN_FOR.len());
    match rng.below(9) {
        0 => format!(
            "{} is a {} of about {} people, known for {} and {}.",
            ev.city,
            rng.pick(&F_PLACE_NOUN),
            digits(rng.range(12, 900) * 1000),
            F_KNOWN_FOR[known],
            F_KNOWN_FOR[(known + 1 + rng.below(F_KNOWN_FOR.len() - 1)) % F_KNOWN_FOR.len()]
        ),
        1 => format!(
            "The last major {} to hit the area, in {} {}, killed {} people.",
            ev.past.0, MONTHS[ev.past.1], ev.past.2, ev.past.3
        ),
        2 => format!(
            "Relations between {} and {} have been strained {}.",
            ev.country,
            ev.second_country,
            rng.pick(&F_ADJUNCT).replace("{dir}", ev.region)
        ),
        _ => format!(
            "{} {} {} {}.",
            rng.pick(&F_SUBJECT),
            rng.pick(&F_VERB),
            rng.pick(&F_OBJECT),
            rng.pick(&F_ADJUNCT).replace("{dir}", ev.region)
        ),
    }
}

fn filler_paragraph(ev: &Event, rng: &mut Rng) -> String {
    let n = rng.range(2, 5);
    let mut p = String::new();
    for k in 0..n {
        if k > 0 {
            p.push(' ');
        }
        p.push_str(&filler_sentence(ev, rng));
    }
    p
}

// ------------------------------------------------------------------------------------------
// The article writer.

struct Style<'a> {
    outlet: &'a Outlet,
    published: i64,
}

impl Style<'_> {
    fn count(&self, n: u32) -> String {
        if self.outlet.words && n <= 20 {
            number_words(n)
        } else {
            digits(n)
        }
    }

    /// A count at the start of a sentence.
    fn count_start(&self, n: u32) -> String {
        if n <= 99 {
            capitalize(&number_words(n))
        } else {
            format!("A total of {}", digits(n))
        }
    }

    fn q(&self, s: &str) -> String {
        if self.outlet.curly {
            format!("\u{201c}{s}\u{201d}")
        } else {
            format!("\"{s}\"")
        }
    }

    /// A quotation ending in a comma inside the marks: `"…,"`.
    fn q_comma(&self, s: &str) -> String {
        self.q(&format!("{s},"))
    }

    fn month_day(&self, d: Day) -> String {
        if self.outlet.day_first {
            format!("{} {}", d.d, MONTHS[d.m as usize - 1])
        } else {
            format!("{} {}", MONTHS[d.m as usize - 1], d.d)
        }
    }

    /// "on March 3", "on Tuesday", "yesterday", "on 3 March 2024", … for the event day.
    fn when(&self, day: i64, rng: &mut Rng) -> String {
        let d = civil_from_days(day);
        let p = civil_from_days(self.published);
        let delay = self.published - day;
        let weekday = WEEKDAYS[weekday(day)];
        let mut options: Vec<String> = vec![format!("on {}, {}", self.month_day(d), d.y)];
        if d.y == p.y {
            options.push(format!("on {}", self.month_day(d)));
            options.push(format!("on {}, {}", weekday, self.month_day(d)));
        }
        if (1..=6).contains(&delay) {
            options.push(format!("on {weekday}"));
            options.push(format!("early on {weekday}"));
        }
        if delay == 1 {
            options.push("yesterday".to_string());
        }
        options.swap_remove(rng.below(options.len()))
    }
}

fn speaker_name(s: &Speaker, outlet: &Outlet) -> (String, String) {
    let sur = transliterate(&s.surname, outlet.translit);
    (format!("{} {}", s.given, sur), sur)
}

fn sentence(s: &str) -> String {
    let mut out = capitalize(s);
    out.push('.');
    out
}

fn write_article(
    ev: &Event,
    outlet: &Outlet,
    conflict: Option<&'static str>,
    rng: &mut Rng,
) -> String {
    let delay = rng.range(outlet.delay.0, outlet.delay.1) as i64;
    // The conflicting values this article reports instead of the canonical ones.
    let mut day = ev.day;
    let mut killed = ev.killed;
    let mut injured = ev.injured;
    let mut arrested = ev.arrested;
    let mut missiles = ev.missiles;
    let mut magnitude = ev.magnitude;
    let mut duration = ev.duration;
    match conflict {
        Some("killed") => killed = killed + rng.range(2, 9) + killed / 4,
        Some("injured") => injured = (injured + rng.range(5, 40) + injured / 3).max(injured + 5),
        Some("arrested") => arrested += rng.range(10, 60),
        Some("missiles") => missiles += rng.range(4, 12),
        Some("magnitude") => magnitude += rng.range(3, 8),
        Some("duration") => duration.0 = duration.0 * 2 + rng.range(1, 3),
        Some("date") => {
            if rng.chance(0.7) {
                day += if rng.chance(0.5) { 1 } else { -1 };
            } else {
                day -= 31;
            }
        }
        _ => {}
    }
    let style = Style {
        outlet,
        published: ev.day + delay,
    };
    let pub_day = civil_from_days(style.published);
    let noun = rng.pick(ev.kind.nouns());
    let place = ev.place_long(rng);
    let when = style.when(day, rng);

    // Headline.
    let headline = match ev.kind {
        Kind::Drill => format!("{} launches {} near {}", ev.country, noun, ev.city),
        Kind::Protest => format!("Thousands join {} in {}", noun, ev.city),
        _ => match rng.below(3) {
            0 => format!(
                "{} in {} kills {}",
                capitalize(noun),
                ev.city,
                style.count(killed)
            ),
            1 => format!(
                "{} dead after {} in {}",
                style.count_start(killed),
                noun,
                ev.city
            ),
            _ => format!("{}: death toll from {} rises", ev.city, noun),
        },
    };

    let mut paras: Vec<String> = Vec::new();
    paras.push(headline.clone());

    // Lead.
    let lead = lead_sentence(
        ev, &style, noun, &place, &when, killed, injured, arrested, missiles, magnitude, rng,
    );
    let lead = if outlet.dateline {
        format!(
            "{}, {} ({}) \u{2014} {}",
            ev.city.to_uppercase(),
            ev.country,
            outlet.name,
            lead
        )
    } else {
        lead
    };
    let mut lead_para = lead;
    if rng.chance(0.6) {
        lead_para.push(' ');
        lead_para.push_str(&detail_sentence(ev, &style, duration, magnitude, rng));
    }
    paras.push(lead_para);

    // Quotations and reported speech, with filler in between.
    let mut core: Vec<String> = Vec::new();
    let speakers = &ev.speakers;
    let quote_conflict = conflict == Some("quote");
    let attribution_conflict = conflict == Some("attribution");
    let drift_speaker = rng.below(speakers.len());
    for (si, sp) in speakers.iter().enumerate() {
        if si > 0 && rng.chance(0.25) {
            continue;
        }
        let (full, sur) = speaker_name(sp, outlet);
        let pron = if sp.female { "she" } else { "he" };
        let mut quotes: Vec<Vec<String>> = sp.quotes.clone();
        if quote_conflict && si == drift_speaker {
            quotes[0] = drift(&quotes[0], rng);
        }
        if attribution_conflict && si == 0 {
            // The first speaker is credited with another speaker's words.
            quotes[0] = speakers[1].quotes[0].clone();
        }
        let q0 = quotes[0].join(" ");
        let q1 = quotes[1].join(" ");
        let intro = match (rng.below(5), &sp.title) {
            (0, _) => format!(
                "{} {}, {}, said.",
                style.q_comma(&capitalize(&q0)),
                full,
                sp.role
            ),
            (1, _) => format!("{full}, {}, said: {}", sp.role, style.q(&sentence(&q0))),
            (2, _) => format!(
                "{} said {}, {}.",
                style.q_comma(&capitalize(&q0)),
                full,
                sp.role
            ),
            (3, Some(t)) => format!("{t} {full} told reporters: {}", style.q(&sentence(&q0))),
            _ => format!(
                "{full}, {}, said the situation was difficult. {} {pron} said.",
                sp.role,
                style.q_comma(&capitalize(&q0))
            ),
        };
        let mut para = intro;
        para.push(' ');
        para.push_str(&match rng.below(4) {
            0 => format!("{} {sur} added.", style.q_comma(&capitalize(&q1))),
            1 => format!(
                "{} {pron} said. {}",
                style.q_comma(&capitalize(&q1)),
                style.q("We will see.")
            ),
            2 => format!("{sur} said that {}", style.q(&format!("{q1}."))),
            _ => format!("{sur} added: {}", style.q(&sentence(&q1))),
        });
        core.push(para);
        if rng.chance(0.7) {
            core.push(reported_paragraph(
                ev, &style, sp, outlet, killed, injured, arrested, rng,
            ));
        }
    }
    core.push(detail_paragraph(
        ev, &style, &when, duration, magnitude, killed, rng,
    ));
    if rng.chance(0.5) {
        core.push(format!(
            "The {} said in a statement that rescue and relief work would continue {}. {} were reportedly still unaccounted for, local media said.",
            ev.org,
            rng.pick(&["through the night", "for several days", "until further notice", "around the clock"]),
            capitalize(rng.pick(&["several people", "dozens of residents", "a few workers", "many families"]))
        ));
    }

    // Interleave filler until the article reaches its target length.
    let target = rng.range(3000, 6000) as usize;
    let mut body: Vec<String> = paras;
    let mut len: usize = body.iter().map(|p| p.len() + 2).sum::<usize>()
        + core.iter().map(|p| p.len() + 2).sum::<usize>();
    let mut fillers: Vec<String> = Vec::new();
    while len + 150 < target {
        let f = filler_paragraph(ev, rng);
        len += f.len() + 2;
        fillers.push(f);
    }
    // Core paragraphs in order, filler spread among them.
    let slots = core.len() + 1;
    let mut per_slot = vec![Vec::new(); slots];
    for f in fillers {
        per_slot[rng.below(slots)].push(f);
    }
    let mut per_slot = per_slot.into_iter();
    for c in core {
        body.extend(per_slot.next().unwrap_or_default());
        body.push(c);
    }
    for rest in per_slot {
        body.extend(rest);
    }

    let mut out = String::with_capacity(len + 200);
    out.push_str("+++\n");
    let _ = writeln!(
        out,
        "title = \"{}\"",
        headline.replace('\\', "\\\\").replace('"', "\\\"")
    );
    let _ = writeln!(out, "outlet = \"{}\"", outlet.name);
    let _ = writeln!(
        out,
        "published = \"{:04}-{:02}-{:02}\"",
        pub_day.y, pub_day.m, pub_day.d
    );
    out.push_str("+++\n");
    for (k, p) in body.iter().enumerate() {
        if k > 0 {
            out.push_str("\n\n");
        }
        out.push_str(p);
    }
    out.push('\n');
    out
}

#[allow(clippy::too_many_arguments)]
fn lead_sentence(
    ev: &Event,
    style: &Style,
    noun: &str,
    place: &str,
    when: &str,
    killed: u32,
    injured: u32,
    arrested: u32,
    missiles: u32,
    magnitude: u32,
    rng: &mut Rng,
) -> String {
    let a = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    };
    let k = style.count(killed);
    let i = style.count(injured);
    let mag = format!("{}.{}", magnitude / 10, magnitude % 10);
    match ev.kind {
        Kind::Earthquake => match rng.below(3) {
            0 => format!("A magnitude {mag} {noun} struck {place} {when}, killing {k} people and injuring {i} others."),
            1 => format!("{} people were killed and {i} were injured when a strong {noun} hit {place} {when}.", style.count_start(killed)),
            _ => format!("A powerful {noun} of magnitude {mag} shook {place} {when}, killing at least {k} people."),
        },
        Kind::Drill => format!(
            "{}'s navy and air force began a large {noun} off {place} {when}, firing {} missiles on the first day.",
            ev.country,
            style.count(missiles)
        ),
        Kind::Protest => format!(
            "Thousands of people joined a {noun} against rising prices in {place} {when}, and police arrested {} people.",
            style.count(arrested)
        ),
        Kind::BorderClash => match rng.below(2) {
            0 => format!("Border guards from {} and {} exchanged {noun} near {place} {when}, killing {k} soldiers and wounding {i}.", ev.country, ev.second_country),
            _ => format!("{} soldiers were killed and {i} were injured in an {} on a border post near {place} {when}.", style.count_start(killed), "attack"),
        },
        Kind::Explosion | Kind::Fire => format!(
            "{a} {noun} tore through a {} in {place} {when}, killing {k} people and injuring {i} others.",
            ev.building
        ),
        Kind::Crash => format!(
            "{} people were killed and {i} were injured in a {noun} between {} near {place} {when}.",
            style.count_start(killed),
            VEHICLES[(ev.day as usize) % VEHICLES.len()]
        ),
        _ => match rng.below(2) {
            0 => format!("{a} {noun} swept through {place} {when}, killing {k} people and injuring {i} others."),
            _ => format!("{} people were killed and {i} were injured after {} {noun} hit {place} {when}.", style.count_start(killed), a.to_lowercase()),
        },
    }
}

fn detail_sentence(
    ev: &Event,
    style: &Style,
    duration: (u32, &str),
    magnitude: u32,
    rng: &mut Rng,
) -> String {
    let dur = format!("{} {}", style.count(duration.0), duration.1);
    match ev.kind {
        Kind::Earthquake => match rng.below(2) {
            0 => format!(
                "The shaking lasted for about {dur} and struck at {}:{:02} a.m. local time.",
                ev.hour, ev.minute
            ),
            _ => format!(
                "The tremor, measured at magnitude {}.{}, was felt in the capital.",
                magnitude / 10,
                magnitude % 10
            ),
        },
        Kind::Drill => format!("The drills will last for {dur}, the ministry said."),
        Kind::Protest => format!("The protest went on for {dur} before the crowds dispersed."),
        Kind::Explosion | Kind::Crash => format!(
            "It happened at about {}:{:02} p.m., witnesses said.",
            ev.hour, ev.minute
        ),
        _ => format!("Emergency crews fought for {dur} to bring the situation under control."),
    }
}

#[allow(clippy::too_many_arguments)]
fn reported_paragraph(
    ev: &Event,
    style: &Style,
    sp: &Speaker,
    outlet: &Outlet,
    killed: u32,
    injured: u32,
    arrested: u32,
    rng: &mut Rng,
) -> String {
    let (_, sur) = speaker_name(sp, outlet);
    let fact = if ev.kind.has_casualties() {
        match rng.below(3) {
            0 => format!("{} people had been killed", style.count(killed)),
            1 => format!(
                "at least {} people were injured",
                style.count(injured.saturating_sub(rng.range(0, 3)))
            ),
            _ => format!("the death toll stood at {}", style.count(killed)),
        }
    } else if ev.kind == Kind::Protest {
        format!("{} people were arrested", style.count(arrested))
    } else {
        "the exercise was planned months ago".to_string()
    };
    let outlook = rng.pick(&[
        "the number of victims was likely to rise",
        "more rescue teams were on their way",
        "the authorities had the situation under control",
        "an investigation had been opened",
        "the damage would take years to repair",
        "the region needed outside help",
    ]);
    let wire = rng.pick(&WIRES);
    match rng.below(6) {
        0 => format!(
            "{sur} said that {fact} and that {outlook}. According to the {}, {fact}.",
            ev.org
        ),
        1 => format!("{sur} claimed that {outlook}. Officials said {fact}."),
        2 => format!(
            "According to the {}, {fact}. {sur} told {wire} that {outlook}.",
            ev.org
        ),
        3 => format!(
            "{}, according to {sur}. The {} reportedly said {outlook}.",
            capitalize(&fact),
            ev.org
        ),
        4 => format!("{sur} told {wire} that {fact}, adding that {outlook}."),
        _ => format!("The {} said {fact}. {sur} warned that {outlook}.", ev.org),
    }
}

fn detail_paragraph(
    ev: &Event,
    style: &Style,
    when: &str,
    duration: (u32, &str),
    magnitude: u32,
    killed: u32,
    rng: &mut Rng,
) -> String {
    let mut p = detail_sentence(ev, style, duration, magnitude, rng);
    p.push(' ');
    p.push_str(&match ev.kind.theme() {
        Theme::Disaster => format!(
            "Rescuers said the {} {when} was the deadliest in the region in years, with {} dead.",
            ev.kind.nouns()[0],
            style.count(killed)
        ),
        Theme::Violence => format!(
            "The {} {when} was the worst such incident since {} {}.",
            ev.kind.nouns()[0],
            MONTHS[ev.past.1],
            ev.past.2
        ),
        Theme::Drill => format!(
            "{} said the drills {when} were a provocation, {} officials said.",
            ev.second_country,
            if ev.demonym.is_empty() {
                ev.country
            } else {
                ev.demonym
            }
        ),
        Theme::Protest => format!(
            "The demonstration {when} was the largest in {} since {} {}.",
            ev.city, MONTHS[ev.past.1], ev.past.2
        ),
    });
    p
}
