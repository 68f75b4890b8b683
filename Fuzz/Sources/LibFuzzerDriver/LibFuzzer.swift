#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hands the process to libFuzzer. A fuzz target's `main.swift` calls this instead of
/// relying on libFuzzer's own `main`, because SwiftPM points an executable's `main` at
/// the module's top-level code.
public enum LibFuzzer {
    /// The signature libFuzzer calls for every input (`LLVMFuzzerTestOneInput`).
    public typealias TestOneInput = @convention(c) (UnsafeRawPointer, Int) -> CInt

    /// Parses libFuzzer's flags from the command line, fuzzes `test`, and exits with
    /// libFuzzer's status.
    public static func run(_ test: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, test))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: LibFuzzer.TestOneInput
) -> CInt
