//! Taking and giving back the places of a clinic day, inside a transaction.
//! Each statement is a conditional update on the day's counters, so two
//! requests can never both take the last place; the table's CHECK constraint
//! stands behind it.

use domain::booking::quota::Quota;
use domain::booking::{DayStatus, Pool};
use domain::ids::ClinicDayId;
use platform::ssr::db::{WriteTx, stored};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Full,
    Closed,
    Missing,
}

/// A place that could not be taken: the day is full or closed, or there is no such day.
impl From<Refusal> for crate::error::AppError {
    fn from(r: Refusal) -> Self {
        use crate::error::BookingError;
        match r {
            Refusal::Full => BookingError::DayFull.into(),
            Refusal::Closed => BookingError::DayClosed.into(),
            Refusal::Missing => platform::AppError::NotFound,
        }
    }
}

/// The free-place rule in SQL, written once: a general place is free while
/// fewer are taken than the quota less the places reserved for under-3s; a
/// reserved place while fewer are taken than the places reserved. The same
/// rule as the domain's `quota::places_left`. The argument is the clinic
/// day's table alias with its dot (`"d."`), or `""`.
macro_rules! general_free {
    ($d:literal) => {
        concat!($d, "taken_general < ", $d, "quota_total - ", $d, "quota_reserved")
    };
}
macro_rules! reserved_free {
    ($d:literal) => {
        concat!($d, "taken_reserved < ", $d, "quota_reserved")
    };
}
/// An open clinic day, in SQL: the name `DayStatus::Open` is stored under
/// (every booking test takes a place through it). The argument as above.
macro_rules! open_day {
    ($d:literal) => {
        concat!($d, "status = 'open'")
    };
}
pub(crate) use {general_free, open_day, reserved_free};

/// Takes a place on an open day of an active centre, if one is left (a
/// centre the city deactivated takes no new bookings, whatever its days say).
pub(crate) fn take_sql(pool: Pool) -> &'static str {
    match pool {
        Pool::General => {
            concat!(
                "UPDATE clinic_days SET taken_general = taken_general + 1 WHERE id = $1 AND ",
                open_day!(""),
                " AND ",
                general_free!(""),
                " AND EXISTS (SELECT 1 FROM centres c WHERE c.id = clinic_days.centre_id AND c.active = 1)"
            )
        }
        Pool::Reserved => {
            concat!(
                "UPDATE clinic_days SET taken_reserved = taken_reserved + 1 WHERE id = $1 AND ",
                open_day!(""),
                " AND ",
                reserved_free!(""),
                " AND EXISTS (SELECT 1 FROM centres c WHERE c.id = clinic_days.centre_id AND c.active = 1)"
            )
        }
    }
}

/// Takes one place for a child, trying the pools in the child's order of preference.
pub async fn take(tx: &mut WriteTx, day_id: ClinicDayId, under3: bool) -> Result<Result<Pool, Refusal>, sqlx::Error> {
    for pool in Pool::preference(under3) {
        if sqlx::query(take_sql(*pool))
            .bind(day_id.get())
            .execute(&mut **tx)
            .await?
            .rows_affected()
            == 1
        {
            return Ok(Ok(*pool));
        }
    }
    let day: Option<(String, i64)> = sqlx::query_as(
        "SELECT d.status, c.active FROM clinic_days d JOIN centres c ON c.id = d.centre_id WHERE d.id = $1",
    )
    .bind(day_id.get())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(Err(match day {
        None => Refusal::Missing,
        Some((_, active)) if active != 1 => Refusal::Closed,
        Some((status, _)) => match stored(status)? {
            DayStatus::Closed => Refusal::Closed,
            DayStatus::Open => Refusal::Full,
        },
    }))
}

/// Takes a place in one given pool only.
pub async fn take_in(tx: &mut WriteTx, day_id: ClinicDayId, pool: Pool) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(take_sql(pool))
        .bind(day_id.get())
        .execute(&mut **tx)
        .await?
        .rows_affected()
        == 1)
}

pub async fn release(tx: &mut WriteTx, day_id: ClinicDayId, pool: Pool) -> Result<(), sqlx::Error> {
    let sql = match pool {
        Pool::General => "UPDATE clinic_days SET taken_general = taken_general - 1 WHERE id = $1 AND taken_general > 0",
        Pool::Reserved => {
            "UPDATE clinic_days SET taken_reserved = taken_reserved - 1 WHERE id = $1 AND taken_reserved > 0"
        }
    };
    sqlx::query(sql).bind(day_id.get()).execute(&mut **tx).await?;
    Ok(())
}

/// The columns `quota_total` and `quota_reserved`, checked by the domain's rule.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StoredQuota(pub(crate) Quota);

impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for StoredQuota {
    fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
        use sqlx::Row;
        let column = |name: &str| -> Result<u32, sqlx::Error> {
            let v: i64 = row.try_get(name)?;
            u32::try_from(v).map_err(|e| sqlx::Error::ColumnDecode {
                index: name.into(),
                source: Box::new(e),
            })
        };
        Quota::new(column("quota_total")?, column("quota_reserved")?)
            .map(StoredQuota)
            .map_err(|e| sqlx::Error::ColumnDecode {
                index: "quota_total".into(),
                source: Box::new(e),
            })
    }
}
