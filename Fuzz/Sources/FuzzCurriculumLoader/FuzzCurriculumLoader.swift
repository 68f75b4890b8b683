import FuzzHarness
import LibFuzzerDriver

/// One libFuzzer input: a selector byte, then the raw bytes of the bundled curriculum
/// file it replaces (see `FuzzHarness.loadCurriculum`). Only a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let result = FuzzHarness.loadCurriculum(UnsafeRawBufferPointer(start: start, count: count))
    for diagnostic in result.diagnostics {
        _ = diagnostic.description
    }
    return 0
}

/// `fuzz` as the function pointer main.swift hands to libFuzzer. Taken in this file:
/// converting it in main.swift emits its C symbol a second time.
let testOneInput: LibFuzzer.TestOneInput = fuzz
