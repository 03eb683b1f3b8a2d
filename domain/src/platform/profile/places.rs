//! The areas of a service's government: which keys a request may name, in
//! the profile's order, and what each is called.

use super::government::{Area, Installation, Service};
use crate::platform::area::AreaKey;
use crate::text::Bilingual;

impl Area {
    /// The stored key (the profile check refuses any area without one).
    pub fn stored(&self) -> Option<AreaKey> {
        AreaKey::parse(&self.key)
    }
}

impl Installation {
    /// The areas of the government running `service`, in the profile's
    /// order (none when the service is not run here).
    pub fn areas(&self, service: Service) -> &[Area] {
        self.running(service).map(|g| g.areas.as_slice()).unwrap_or_default()
    }

    /// The keys of those areas, in the same order.
    pub fn area_keys(&self, service: Service) -> Vec<AreaKey> {
        self.areas(service).iter().filter_map(Area::stored).collect()
    }

    /// The area of `service`'s government with this key; `None` for any
    /// other text (a form's answer is checked here).
    pub fn area(&self, service: Service, key: &str) -> Option<AreaKey> {
        self.areas(service).iter().find(|a| a.key == key).and_then(Area::stored)
    }

    /// An area's names, whichever government it belongs to.
    pub fn area_name(&self, key: AreaKey) -> Option<&Bilingual> {
        self.governments
            .iter()
            .flat_map(|g| &g.areas)
            .find(|a| a.key == key.as_str())
            .map(|a| &a.name)
    }
}
