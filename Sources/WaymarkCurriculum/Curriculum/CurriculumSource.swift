import Foundation

/// Where curriculum files come from: a directory on disk, or the copy compiled into
/// the binary. Paths are relative, with `/` separators (`paths/foundation-builder.yaml`).
public protocol CurriculumSource: Sendable {
    /// How diagnostics name a file of this source.
    func displayName(of relativePath: String) -> String
    /// The file's bytes; throws `CurriculumError` when missing, too large or unsafe.
    func data(of relativePath: String) throws -> Data
    /// At most the first `count` bytes, with the same checks: loading reads only a
    /// lesson's front matter, and bodies wait until a lesson is opened.
    func leadingData(of relativePath: String, count: Int) throws -> Data
    /// Relative paths of the regular files directly inside `directory`, sorted.
    func files(in directory: String) throws -> [String]
    /// The self-checks of the lesson file, when this source worked them out before
    /// (the bundled curriculum, at build time); nil means read them from its body.
    func precomputedSelfChecks(ofLesson relativePath: String) -> [SelfCheck]?
}

extension CurriculumSource {
    public func precomputedSelfChecks(ofLesson relativePath: String) -> [SelfCheck]? { nil }

    public func leadingData(of relativePath: String, count: Int) throws -> Data {
        try data(of: relativePath).prefix(count)
    }

    /// The file as text. Invalid UTF-8 is repaired with U+FFFD, a BOM dropped and
    /// CRLF normalised, so hand-edited files on any platform load the same way.
    public func text(of relativePath: String) throws -> String {
        Self.normalizedText(try data(of: relativePath))
    }

    /// The text of at most the first `count` bytes (see `leadingData`).
    public func leadingText(of relativePath: String, count: Int) throws -> String {
        Self.normalizedText(try leadingData(of: relativePath, count: count))
    }

    private static func normalizedText(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Over contiguous bytes: through the UTF-8 view's iterator this check cost as
        // much as decoding the lesson.
        let hasCR =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\r")) }
            ?? text.utf8.contains(UInt8(ascii: "\r"))
        guard hasCR else { return text }
        // By scalar: Foundation's replacingOccurrences compares grapheme clusters, so a
        // CR followed by a combining mark would survive it.
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            result.append(previousWasCR ? "\n" : scalar)
        }
        return String(result)
    }
}

/// Limits that keep a hostile or broken pack from exhausting memory.
public enum CurriculumLimits {
    /// The largest curriculum or path YAML file read.
    public static let maxYAMLBytes = 1 << 20
    /// The largest lesson file read.
    public static let maxLessonBytes = 1 << 20
}

/// A curriculum directory on disk. Refuses files that resolve outside it, so a pack
/// cannot make Waymark read `/etc/passwd` through a symlink.
public struct DirectoryCurriculumSource: CurriculumSource {
    public let root: URL
    /// The root as the user named it, for messages.
    public let name: String
    /// The root with symlinks resolved: what files must stay inside.
    let resolvedRoot: String

    public init(root: URL, name: String? = nil) throws {
        self.root = root
        self.name = name ?? root.path
        self.resolvedRoot = root.standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolvedRoot, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw CurriculumError.notADirectory(self.name) }
    }

    public func displayName(of relativePath: String) -> String {
        name.hasSuffix("/") ? name + relativePath : name + "/" + relativePath
    }

    public func data(of relativePath: String) throws -> Data {
        try read(relativePath, upTo: nil)
    }

    public func leadingData(of relativePath: String, count: Int) throws -> Data {
        try read(relativePath, upTo: count)
    }

    /// Checks the size before reading, so a huge (or sparse) file costs one fstat.
    private func read(_ relativePath: String, upTo count: Int?) throws -> Data {
        let shown = displayName(of: relativePath)
        let url = try containedURL(relativePath)
        let limit = relativePath.hasSuffix(".md") ? CurriculumLimits.maxLessonBytes : CurriculumLimits.maxYAMLBytes
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw FileManager.default.fileExists(atPath: url.path)
                ? CurriculumError.unreadable(shown, reason: "permission denied")
                : CurriculumError.missingFile(shown)
        }
        defer { try? handle.close() }
        var status = stat()
        // A directory opens for reading on Linux, then fails with Foundation's
        // "NSCocoaErrorDomain error 256": say what it is instead.
        if fstat(handle.fileDescriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw CurriculumError.unreadable(shown, reason: "it is a directory, not a file")
        }
        if fstat(handle.fileDescriptor, &status) == 0, Int(status.st_size) > limit {
            throw CurriculumError.tooLarge(shown, bytes: Int(status.st_size), limit: limit)
        }
        // Never more than one byte past the limit, even if the file grows meanwhile.
        let data = try handle.read(upToCount: min(count ?? Int.max, limit + 1)) ?? Data()
        guard data.count <= limit else { throw CurriculumError.tooLarge(shown, bytes: data.count, limit: limit) }
        return data
    }

    public func files(in directory: String) throws -> [String] {
        let url = try containedURL(directory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { directory + "/" + $0 }
    }

    /// The file's URL after resolving symlinks, or an error when it leaves the root
    /// or is not a regular file or directory.
    private func containedURL(_ relativePath: String) throws -> URL {
        let shown = displayName(of: relativePath)
        guard !relativePath.hasPrefix("/"), !relativePath.split(separator: "/").contains("..") else {
            throw CurriculumError.outsideCurriculum(shown)
        }
        let resolved = root.appendingPathComponent(relativePath).standardizedFileURL.resolvingSymlinksInPath()
        guard resolved.path == resolvedRoot || resolved.path.hasPrefix(resolvedRoot + "/") else {
            throw CurriculumError.outsideCurriculum(shown)
        }
        var status = stat()
        if stat(resolved.path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFDIR else {
                throw CurriculumError.unreadable(shown, reason: "not a regular file")
            }
        }
        return resolved
    }
}
