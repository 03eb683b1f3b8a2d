//! Meals per second for a 20-ingredient lunch box, with and without swap
//! suggestions, on edition 1 (method 1) and edition 2 (method 2).
//! `cargo bench -p domain --bench footprint`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use domain::meals::standard::Origin;
use domain::meals::swap::suggest;
use domain::meals::{ItemInput, MealInput, Standard, compute};
use std::hint::black_box;

fn editions() -> [(&'static str, Standard); 2] {
    [
        (
            "edition_1",
            serde_json::from_str(include_str!("../../data/standard/edition-1.json")).expect("edition 1"),
        ),
        (
            "edition_2",
            serde_json::from_str(include_str!("../../data/standard/edition-2.json")).expect("edition 2"),
        ),
    ]
}

fn meal(std: &Standard) -> MealInput {
    let items = std
        .ingredients
        .iter()
        .step_by(std.ingredients.len() / 20)
        .take(20)
        .enumerate()
        .map(|(i, ing)| ItemInput {
            ingredient_id: ing.id.clone(),
            grams: 20.0 + i as f64 * 7.0,
            weighed: None,
            origin: (i % 3 == 0).then_some(Origin::TaitungLocal),
            legs: None,
            cooking: None,
            supplier: None,
        })
        .collect();
    MealInput {
        items,
        ..Default::default()
    }
}

fn bench(c: &mut Criterion) {
    for (name, std) in editions() {
        let m = meal(&std);
        assert_eq!(m.items.len(), 20);
        let mut g = c.benchmark_group(format!("footprint_{name}"));
        g.throughput(Throughput::Elements(1));
        g.bench_function("compute_20_ingredients", |b| {
            b.iter(|| compute(black_box(&std), black_box(&m)))
        });
        g.bench_function("compute_and_suggest_swaps_20_ingredients", |b| {
            b.iter(|| {
                let f = compute(&std, &m).expect("valid");
                suggest(&std, &m, &f, 3)
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
