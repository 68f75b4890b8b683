import Foundation

/// A curriculum held in memory, base64-encoded per file and decoded on demand.
public struct EmbeddedCurriculumSource: CurriculumSource {
    private let table: @Sendable () -> [String: String]
    private let selfChecks: @Sendable () -> [String: [SelfCheck]]

    /// The table is only built when a file is first read: the bundled curriculum
    /// starts from its parsed copy, so start-up never needs it. `selfChecks`, by
    /// lesson file, were read from the lesson bodies at build time: a returning
    /// learner's review deck is then built without decoding and scanning every
    /// lesson read, which took a quarter of the first frame.
    public init(
        encodedFiles: @autoclosure @escaping @Sendable () -> [String: String],
        selfChecks: @autoclosure @escaping @Sendable () -> [String: [SelfCheck]] = [:]
    ) {
        self.table = encodedFiles
        self.selfChecks = selfChecks
    }

    public func precomputedSelfChecks(ofLesson relativePath: String) -> [SelfCheck]? {
        selfChecks()[relativePath]
    }

    /// Plain text files, for tests.
    public init(files: [String: String]) {
        let encoded = files.mapValues { Data($0.utf8).base64EncodedString() }
        self.init(encodedFiles: encoded)
    }

    private var encodedFiles: [String: String] { table() }

    public func displayName(of relativePath: String) -> String { "curriculum/" + relativePath }

    public func data(of relativePath: String) throws -> Data {
        guard let encoded = encodedFiles[relativePath], let data = Data(base64Encoded: encoded) else {
            throw CurriculumError.missingFile(displayName(of: relativePath))
        }
        return data
    }

    /// Decodes only the base64 that covers the first `count` bytes.
    public func leadingData(of relativePath: String, count: Int) throws -> Data {
        guard let encoded = encodedFiles[relativePath] else {
            throw CurriculumError.missingFile(displayName(of: relativePath))
        }
        let characters = (count + 2) / 3 * 4
        guard characters < encoded.utf8.count else { return try data(of: relativePath) }
        guard let data = Data(base64Encoded: String(encoded.prefix(characters))) else {
            throw CurriculumError.missingFile(displayName(of: relativePath))
        }
        return data.prefix(count)
    }

    public func files(in directory: String) throws -> [String] {
        let prefix = directory + "/"
        return encodedFiles.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }.sorted()
    }
}
