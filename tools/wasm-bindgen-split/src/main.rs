//! Trunk's `wasm-bindgen`, with the app's split points cut into pieces first.
//!
//! Trunk 0.21 runs `cargo build`, then `wasm-bindgen` on the raw module, with no step between
//! the two; the split must happen there, on rustc's output (it needs the relocations that
//! `-Clink-args=--emit-relocs` keeps). So `scripts/build-app.sh` puts this program first on
//! `PATH` under the name `wasm-bindgen`, with the real one in `FRONTDESK_WASM_BINDGEN`:
//! - `--version` and modules without split points go to the real wasm-bindgen unchanged;
//! - a module with split points (`#[wasm_split]` functions) is split with
//!   `wasm_split_cli_support`: the main module, then one `.wasm` per piece (and shared chunks)
//!   and the loader `__wasm_split.js` in `$FRONTDESK_PIECES_DIR` (or `<out-dir>/pieces/`); the main module goes on to the
//!   real wasm-bindgen with Trunk's arguments (plus `--keep-lld-exports`, which the pieces
//!   link against). Trunk then hashes, optimises and writes the main files as usual;
//!   `scripts/pieces.sh` (a Trunk post_build hook) brings the pieces into `dist/`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The import module of a split point's loader, present only in a module with split points.
const SPLIT_MARK: &[u8] = b"__wasm_split_placeholder__";

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let Some(real) = std::env::var_os("FRONTDESK_WASM_BINDGEN") else {
        eprintln!("wasm-bindgen-split: FRONTDESK_WASM_BINDGEN must name the real wasm-bindgen");
        return ExitCode::FAILURE;
    };
    match split(&args) {
        Ok(Some(args)) => run(&real, &args),
        Ok(None) => run(&real, &args),
        Err(error) => {
            eprintln!("wasm-bindgen-split: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(program: &OsString, args: &[OsString]) -> ExitCode {
    match Command::new(program).args(args).status() {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!(
                "wasm-bindgen-split: cannot run {}: {error}",
                program.to_string_lossy()
            );
            ExitCode::FAILURE
        }
    }
}

/// The value of `--name value` or `--name=value` in `args`.
fn value(args: &[OsString], name: &str) -> Option<String> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().find_map(|(i, a)| {
        if a == name {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix(&format!("{name}=")).map(str::to_owned)
        }
    })
}

/// Splits the input module when it has split points; the arguments for the real wasm-bindgen
/// then, or `None` to pass the call on unchanged.
fn split(args: &[OsString]) -> Result<Option<Vec<OsString>>, String> {
    let Some(input_index) = args
        .iter()
        .rposition(|a| Path::new(a).extension().is_some_and(|e| e == "wasm"))
    else {
        return Ok(None);
    };
    let input = PathBuf::from(&args[input_index]);
    let wasm = std::fs::read(&input).map_err(|e| format!("{}: {e}", input.display()))?;
    if !wasm.windows(SPLIT_MARK.len()).any(|w| w == SPLIT_MARK) {
        return Ok(None);
    }
    let out_dir = PathBuf::from(value(args, "--out-dir").ok_or("no --out-dir")?);
    let out_name = value(args, "--out-name").ok_or("no --out-name")?;
    let pieces = std::env::var_os("FRONTDESK_PIECES_DIR")
        .map_or_else(|| out_dir.join("pieces"), PathBuf::from);
    if pieces.exists() {
        std::fs::remove_dir_all(&pieces).map_err(|e| format!("{}: {e}", pieces.display()))?;
    }
    std::fs::create_dir_all(&pieces).map_err(|e| format!("{}: {e}", pieces.display()))?;
    let main_out = out_dir.join(format!("{out_name}_split.wasm"));
    let main_module = format!("./{out_name}.js");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = &pieces;
    options.main_out_path = &main_out;
    options.main_module = &main_module;
    options.target.web();
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("split: {e}"))?;
    eprintln!(
        "wasm-bindgen-split: {} pieces: {:?}",
        split.split_modules.len(),
        split.prefetch_map
    );
    let mut args = args.to_vec();
    args[input_index] = main_out.into_os_string();
    if !args.iter().any(|a| a == "--keep-lld-exports") {
        args.insert(0, "--keep-lld-exports".into());
    }
    Ok(Some(args))
}
