//! The `crosscheck` command: a thin layer over the library that parses arguments, picks
//! reporters and turns outcomes into exit codes.

mod cli;

use std::process::ExitCode;

/// The analysis allocates many small strings and vectors from two threads; mimalloc is
/// faster at that than the system allocator and returns memory with less fragmentation.
#[global_allocator]
static GLOBAL: WordAligned = WordAligned;

/// mimalloc, asked for a plain block when the alignment wanted is at most a machine word's,
/// which every block it hands out has (block sizes are whole words): `mimalloc::MiMalloc`
/// asks for every block by its alignment (`mi_malloc_aligned`), whose checks cost nearly as
/// much again as the allocation, and a `claims` run allocates a quarter of a million times
/// (about 1% of its instructions went to those checks). Greater alignments are left to
/// `MiMalloc`.
struct WordAligned;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

extern "C" {
    // mimalloc's basic interface, linked through the `mimalloc` crate.
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
}

// SAFETY: the blocks of `mi_malloc`, `mi_zalloc` and `mi_realloc` are aligned to a word at
// least, so they are given only for layouts that ask no more (others go to `MiMalloc`);
// they are null when memory runs out, as `GlobalAlloc` wants; every block, however it was
// allocated, is freed by `MiMalloc::dealloc` (`mi_free`), and a block is reallocated by the
// function of its layout's alignment, which is the one it was allocated with.
unsafe impl std::alloc::GlobalAlloc for WordAligned {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_malloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_zalloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

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
