//! The `crosscheck` command: a thin layer over the library that parses arguments, picks
//! reporters and turns outcomes into exit codes.

mod cli;

use std::process::ExitCode;

/// The analysis allocates many small strings and vectors from two threads; mimalloc is
/// faster at that than the system allocator and returns memory with less fragmentation.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
