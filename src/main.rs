//! The `crosscheck` command: a thin layer over the library that parses arguments, picks
//! reporters and turns outcomes into exit codes.

mod cli;

use std::process::ExitCode;

/// The analysis allocates many small strings and vectors from two threads; mimalloc is
/// faster at that than the system allocator and returns memory with less fragmentation.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    keep_freed_memory();
    cli::main()
}

/// mimalloc hands pages that fall empty back to the system after a short delay
/// ("purging"); every batch of articles then faults them in afresh and the kernel zeroes
/// them again (with transparent huge pages, 2 MiB at a time): up to a tenth of the CPU time
/// of `claims`. Freed memory stays with the process for reuse instead; as each batch needs
/// about what the last one freed, the peak hardly moves (`check` on 10,000 articles: 240 to
/// 244 MB when this was set).
fn keep_freed_memory() {
    use std::ffi::{c_int, c_long};
    /// `mi_option_purge_delay` in mimalloc's `mi_option_t` (the same in mimalloc 2 and 3;
    /// the Rust bindings name no constant for it); -1 is "never purge".
    const MI_OPTION_PURGE_DELAY: c_int = 15;
    extern "C" {
        fn mi_option_set(option: c_int, value: c_long);
    }
    // SAFETY: mimalloc (linked through the `mimalloc` crate) defines this function; setting
    // an integer option is allowed at any time.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}
