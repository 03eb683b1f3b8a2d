use super::*;
use crate::sources::*;
use proptest::prelude::*;

proptest! {
    /// Whatever a data file holds, the import answers with its rows or
    /// an error, never a crash; every row it answers has the columns it reads.
    #[test]
    fn any_file_content_is_read_or_refused(text in "\\PC{0,200}", lines in proptest::collection::vec("[^\\n]{0,40}", 0..8)) {
        for content in [text, lines.join("\n")] {
            for (delimiter, fields) in [(b',', 10usize), (b';', 2)] {
                if let Ok(rows) = records(content.as_bytes(), delimiter, fields) {
                    prop_assert!(rows.iter().all(|r| r.len() >= fields));
                    if delimiter == b';'
                        && let Ok(p) = pairs(rows)
                    {
                        prop_assert!(p.iter().all(|(k, _)| k.trim() == k));
                    }
                }
            }
        }
    }

    #[test]
    fn a_number_is_read_or_refused(s in "\\PC{0,20}") {
        let _ = num(&s);
    }
}

/// The checked-in editions are exactly what the import makes of the
/// data files (vendored in `data/sources`: missing files fail the test).
#[test]
fn the_import_reproduces_the_checked_in_editions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let data = root.join("data/sources");
    let county = root.join("data/standard");
    let (second, sample) = build_edition_2(&data, &county).unwrap();
    assert_eq!(
        sample,
        std::fs::read_to_string(county.join("sample-results.csv")).unwrap(),
        "sample-results.csv: run `cargo run -p standard-import` and commit the result"
    );
    for (name, built) in [
        ("edition-1.json", build(&data, &county).unwrap()),
        ("edition-2.json", second),
    ] {
        built.validate().unwrap();
        let checked_in = std::fs::read_to_string(county.join(name)).unwrap();
        assert_eq!(
            render(&built).unwrap(),
            checked_in,
            "{name}: run `cargo run -p standard-import` and commit the result"
        );
    }
}

/// Edition 2 states a basis and a reason for every ingredient, and takes
/// the Taiwanese coefficient where the county chose one.
#[test]
fn edition_2_documents_every_choice() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (s, sample) = build_edition_2(&root.join("data/sources"), &root.join("data/standard")).unwrap();
    // The bands split the published sample in thirds.
    let rows = sample.lines().skip(1).count();
    assert!(rows >= domain::meals::rating::MIN_SAMPLE, "{rows} sample meals");
    let green = sample.lines().filter(|l| l.ends_with(",green")).count();
    let red = sample.lines().filter(|l| l.ends_with(",red")).count();
    // Thirds, give or take the meals the two-figure rounding of a bound moves.
    assert!(
        (rows / 3 - 2..=rows / 3 + 2).contains(&green),
        "{green} green of {rows}"
    );
    assert!((rows / 3 - 2..=rows / 3 + 2).contains(&red), "{red} red of {rows}");
    assert_eq!(s.method, METHOD_2);
    assert!(s.ingredients.iter().all(|i| !i.choice.is_empty()));
    let tilapia = s.ingredient("tilapia").unwrap();
    assert_eq!(tilapia.stages.farming, 2.29);
    assert_eq!(tilapia.basis.part, FoodPart::AsBought);
    assert!(tilapia.source.reference.contains("臺灣鯛"));
    let sugar = s.ingredient("sugar").unwrap();
    assert!((sugar.stages.total() - 28.9 / 25.0).abs() < 1e-12);
    // Beef from beef herds, per kg of meat: Poore & Nemecek's 99.48.
    assert!((s.ingredient("beef").unwrap().stages.total() - 99.48).abs() < 1e-9);
    assert_eq!(s.ingredient("shrimp").unwrap().basis.part, FoodPart::AsBought);
    assert_eq!(s.ingredient("rice-white").unwrap().basis.part, FoodPart::Edible);
    let frying = s.cooking_method("frying").unwrap();
    assert!(frying.adds.iter().any(|a| a.ingredient == "oil-soybean"));
}

#[test]
fn a_missing_source_file_fails_the_import() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let nowhere = root.join("data/no-such-folder");
    assert!(build(&nowhere, &root.join("data/standard")).is_err());
    assert!(build_edition_2(&nowhere, &root.join("data/standard")).is_err());
}
