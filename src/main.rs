//! The `crosscheck` command: a thin layer over the library that parses arguments, picks
//! reporters and turns outcomes into exit codes.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
