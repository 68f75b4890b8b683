import Foundation
import FuzzHarness
import LibFuzzerDriver

/// One libFuzzer input: the bytes of a `progress.json`. A crash, or progress that does
/// not survive encode-then-decode, is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    if let problem = FuzzHarness.progressProblem(Data(UnsafeRawBufferPointer(start: start, count: count))) {
        fatalError(problem)
    }
    return 0
}

/// `fuzz` as the function pointer main.swift hands to libFuzzer. Taken in this file:
/// converting it in main.swift emits its C symbol a second time.
let testOneInput: LibFuzzer.TestOneInput = fuzz
