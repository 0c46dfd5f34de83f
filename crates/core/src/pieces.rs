//! The app's pieces (pages whose code is fetched when first needed): whether to fetch them
//! ahead of need, on this connection.

/// Whether pieces may be fetched before the resident needs them (when the browser is idle, or
/// when a Start button comes into view): not when the resident asked to save data, and not on
/// a 2G connection, where the bytes would compete with what they are waiting for.
/// `effective_type` is the Network Information API's (`4g`, `3g`, `2g`, `slow-2g`), `None`
/// where the browser does not say.
pub fn may_prefetch(save_data: bool, effective_type: Option<&str>) -> bool {
    !save_data && !matches!(effective_type, Some("2g" | "slow-2g"))
}

#[cfg(test)]
mod tests {
    use super::may_prefetch;

    #[test]
    fn not_with_save_data_nor_on_2g() {
        let table = [
            (false, None, true),
            (false, Some("4g"), true),
            (false, Some("3g"), true),
            (false, Some("2g"), false),
            (false, Some("slow-2g"), false),
            (true, None, false),
            (true, Some("4g"), false),
        ];
        for (save_data, effective_type, expected) in table {
            assert_eq!(
                may_prefetch(save_data, effective_type),
                expected,
                "{save_data} {effective_type:?}"
            );
        }
    }
}
