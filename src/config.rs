//! The deployment's settings as app-wide context.

use frontdesk_core::config::AppConfig;
use leptos::prelude::*;

/// The validated `config.json`, as a `Copy` context: `Config::expect().with(|c| ...)`.
#[derive(Clone, Copy)]
pub struct Config(StoredValue<AppConfig>);

impl Config {
    /// Provides `config` as context.
    pub fn provide(config: AppConfig) -> Config {
        let config = Config(StoredValue::new(config));
        provide_context(config);
        config
    }

    /// The config provided by [`Config::provide`].
    pub fn expect() -> Config {
        expect_context::<Config>()
    }

    /// Reads the configuration.
    pub fn with<T>(&self, read: impl FnOnce(&AppConfig) -> T) -> T {
        self.0.with_value(read)
    }
}
