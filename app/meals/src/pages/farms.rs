//! The county's directory of local farms and producers: public, with a
//! filter by township and certification; the county adds farms and what
//! they grow on its own copy of the page.

use crate::components::sourcing::{ProduceForm, SupplierCard, SupplierForm, certification_label};
use crate::server_fns::sourcing::{AddProduce, AddSupplier, farm_directory, ingredient_names};
use crate::types::SupplierView;
use domain::Named;
use domain::meals::sourcing::FarmCertification;
use i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use platform::error::{ErrorText, posted_error};
use platform::layout::Loaded;

/// Whether a farm passes the filter (`township`: a locality's name;
/// `cert`: a certification's name, or `any` for any certified one).
fn shown(s: &SupplierView, township: &str, cert: &str) -> bool {
    let at = township.is_empty() || s.locality.as_str() == township;
    let certified = match cert {
        "" => true,
        "any" => s.certified,
        c => s.certified && s.certificate.as_ref().is_some_and(|x| x.kind.as_str() == c),
    };
    at && certified
}

#[component]
fn Directory(county: bool) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    // The county names which of the standard's ingredients a product is.
    let farms = Resource::new(
        move || county,
        |county| async move {
            let farms = farm_directory().await?;
            let names = if county { ingredient_names().await? } else { Vec::new() };
            Ok::<_, crate::error::AppError>((farms, names))
        },
    );
    let (township, cert) =
        use_query_map().with_untracked(|q| (q.get("township").unwrap_or_default(), q.get("cert").unwrap_or_default()));
    let action = if county { "/county/farms" } else { "/farms" };
    let (t2, c2) = (township.clone(), cert.clone());
    view! {
        <form method="get" action=action class="filters row" role="search">
            <span>
                <label for="township">{t!(i18n, meals.filter_township)}</label>
                <select id="township" name="township" class="field">
                    <option value="">{t!(i18n, meals.filter_all)}</option>
                    {crate::labels::township_choices(l).into_iter().map(|(t, name)| view! {
                        <option value=t.to_string() selected=t.as_str() == township>{name}</option>
                    }).collect_view()}
                </select>
            </span>
            <span>
                <label for="cert">{t!(i18n, meals.filter_certification)}</label>
                <select id="cert" name="cert" class="field">
                    <option value="">{t!(i18n, meals.filter_all)}</option>
                    <option value="any" selected=cert == "any">{t!(i18n, meals.filter_any_certified)}</option>
                    {FarmCertification::all().map(|c| view! {
                        <option value=c.as_str() selected=c.as_str() == cert>{certification_label(l, c)}</option>
                    }).collect_view()}
                </select>
            </span>
            <span class="filters-submit"><button type="submit" class="button secondary">{t!(i18n, meals.filter_apply)}</button></span>
        </form>
        <Loaded data=farms let:data>
            {
                let (list, names) = data;
                let empty = list.is_empty();
                let list: Vec<_> = list.into_iter().filter(|s| shown(s, &t2, &c2)).collect();
                let n = list.len();
                view! {
                    {empty.then(|| view! { <p>{t!(i18n, meals.directory_empty)}</p> })}
                    <p role="status">{td_string!(l, meals.directory_count, n = n).to_string()}</p>
                    <div class="cards">
                        {list.into_iter().map(|s| {
                            let id = s.id;
                            let names = names.clone();
                            view! {
                                <SupplierCard s=s>
                                    {county.then(|| view! { <ProduceForm supplier=id ingredients=names/> })}
                                </SupplierCard>
                            }
                        }).collect_view()}
                    </div>
                }
            }
        </Loaded>
    }
}

/// `/farms`: the public directory.
#[component]
pub fn FarmDirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let names = platform::profile::names(i18n.get_locale_untracked());
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.directory_title, county_short = names.county_short.as_str()).to_string()/>
        <h1>{td_string!(i18n.get_locale_untracked(), meals.directory_heading, county_short = names.county_short.as_str()).to_string()}</h1>
        <p>{td_string!(i18n.get_locale_untracked(), meals.directory_intro, government = names.county_government.as_str(), county = names.county.as_str()).to_string()}</p>
        <p class="small">{t!(i18n, meals.directory_demo_note)}</p>
        <Directory county=false/>
    }
}

/// `/county/farms`: the county keeps the directory.
#[component]
pub fn CountyFarmsPage() -> impl IntoView {
    let i18n = use_i18n();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let produce_error = posted_error::<AddProduce>();
    let add_error = posted_error::<AddSupplier>();
    let open = add_error.is_some();
    let notice = done.filter(|_| produce_error.is_none()).map(|d| {
        let l = i18n.get_locale_untracked();
        if d == "produce" {
            td_string!(l, meals.produce_added)
        } else {
            td_string!(l, meals.supplier_added)
        }
    });
    view! {
        <Title text=td_string!(i18n.get_locale_untracked(), meals.county_farms_title).to_string()/>
        <h1>{t!(i18n, meals.county_farms_heading)}</h1>
        <p>{t!(i18n, meals.county_farms_intro)} " " <a href="/farms">{t!(i18n, meals.directory_public_link)}</a></p>
        {notice.map(|n| view! { <p class="success" role="status">{n}</p> })}
        <ErrorText error=Signal::stored(produce_error)/>
        <details class="panel" open=open>
            <summary><h2 class="inline">{t!(i18n, meals.add_farm_heading)}</h2></summary>
            <SupplierForm error=add_error/>
        </details>
        <Directory county=true/>
    }
}
