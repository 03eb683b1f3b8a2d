//! A restaurant's suppliers: its own and those picked from the county's
//! directory; add one, pick one, take one off, say what it grows.

use crate::components::sourcing::{ProduceForm, SupplierCard, SupplierForm};
use crate::server_fns::sourcing::{
    AddProduce, AddSupplier, PickSupplier, RemoveSupplier, ingredient_names, my_suppliers,
};
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::format::Localized;
use platform::layout::Loaded;
use server_fn::ServerFn;

#[component]
pub fn SuppliersPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(
        || (),
        |_| async move { Ok::<_, crate::error::AppError>((my_suppliers().await?, ingredient_names().await?)) },
    );
    let error = posted_error::<AddProduce>()
        .or_else(posted_error::<PickSupplier>)
        .or_else(posted_error::<RemoveSupplier>);
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = done.filter(|_| error.is_none()).map(|d| {
        let l = i18n.get_locale_untracked();
        match d.as_str() {
            "produce" => td_string!(l, meals.produce_added),
            "picked" => td_string!(l, meals.supplier_picked),
            "removed" => td_string!(l, meals.supplier_removed),
            _ => td_string!(l, meals.supplier_added),
        }
    });
    let add_error = posted_error::<AddSupplier>();
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.suppliers_title).to_string()/>
        <h1>{t!(i18n, meals.suppliers_heading)}</h1>
        <p>{t!(i18n, meals.suppliers_intro)}</p>
        {notice.map(|n| view! { <p class="success" role="status">{n}</p> })}
        <ErrorText error=Signal::stored(error)/>
        <Loaded data=data let:data>
            {
                let (d, names) = data;
                let l = i18n.get_locale_untracked();
                view! {
                    <h2>{t!(i18n, meals.my_suppliers)}</h2>
                    {if d.mine.is_empty() {
                        view! { <p>{t!(i18n, meals.no_suppliers)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="cards" data-testid="my-suppliers">
                                {d.mine.into_iter().map(|s| {
                                    let id = s.id;
                                    let own = !s.in_directory;
                                    let names = names.clone();
                                    let name = s.name.tr(l);
                                    view! {
                                        <SupplierCard s=s>
                                            {own.then(|| view! { <ProduceForm supplier=id ingredients=names/> })}
                                            <form method="post" action=RemoveSupplier::PATH class="inline-form">
                                                <input type="hidden" name="supplier" value=id.get().to_string()/>
                                                <button type="submit" class="link-button" aria-label=td_string!(l, meals.remove_supplier_named, name = name).to_string()>
                                                    {td_string!(l, meals.remove_supplier)}
                                                </button>
                                            </form>
                                        </SupplierCard>
                                    }
                                }).collect_view()}
                            </div>
                        }.into_any()
                    }}
                    <h2>{t!(i18n, meals.pick_heading)}</h2>
                    <p>{t!(i18n, meals.pick_intro)} " " <a href="/farms">{t!(i18n, meals.directory_public_link)}</a></p>
                    {if d.directory.is_empty() {
                        view! { <p>{t!(i18n, meals.pick_none_left)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="cards" data-testid="directory">
                                {d.directory.into_iter().map(|s| {
                                    let id = s.id;
                                    let name = s.name.tr(l);
                                    view! {
                                        <SupplierCard s=s>
                                            <form method="post" action=PickSupplier::PATH class="inline-form">
                                                <input type="hidden" name="supplier" value=id.get().to_string()/>
                                                <button type="submit" class="button secondary" aria-label=td_string!(l, meals.pick_supplier_named, name = name).to_string()>
                                                    {td_string!(l, meals.pick_supplier)}
                                                </button>
                                            </form>
                                        </SupplierCard>
                                    }
                                }).collect_view()}
                            </div>
                        }.into_any()
                    }}
                    <h2>{t!(i18n, meals.add_own_heading)}</h2>
                    <SupplierForm error=add_error.clone()/>
                }
            }
        </Loaded>
    }
}
