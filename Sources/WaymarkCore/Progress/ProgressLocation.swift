import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real progress file behind the configured name, and the files that live beside
/// it: its lock, its backup, originals kept by migrations, and temporary files of
/// saves in flight. Resolving a symlinked `progress.json` once, here, is what lets
/// two instances that reach one file by different names share one lock.
struct ProgressLocation {
    /// The real file (the configured one when it is not a symlink, or is dangling).
    let file: URL

    init(configured: URL) {
        file = Self.resolve(configured)
    }

    var directory: URL { file.deletingLastPathComponent() }
    var backup: URL { sibling(file.lastPathComponent + ".bak") }
    /// `progress.lock` beside `progress.json`; another name gets its own `.lock`.
    var lock: URL {
        let name = file.lastPathComponent
        return sibling(name.hasSuffix(".json") ? String(name.dropLast(5)) + ".lock" : name + ".lock")
    }

    /// Where the file as an older Waymark wrote it is kept once it is migrated.
    func original(ofSchema version: Int) -> URL { sibling(Self.stem(of: file) + ".v\(version).json") }

    /// Where the file is kept as it was before the first save that moved renamed ids:
    /// `progress.before-rename-20261204.json`, by the day of that save (UTC).
    func beforeRename(on date: Date) -> URL {
        let day = Timestamp.format(date).prefix(10).filter(\.isNumber)
        return sibling(Self.stem(of: file) + ".before-rename-\(day).json")
    }

    var fileExists: Bool { access(file.path, F_OK) == 0 }

    /// The longest name the store puts beside the file, for the path-length check.
    static let longestName = "/progress.before-rename-20261204.json.tmp-4294967295-4294967295".utf8.count

    private func sibling(_ name: String) -> URL {
        directory.appending(path: name, directoryHint: .notDirectory)
    }

    private static func stem(of file: URL) -> String {
        let name = file.lastPathComponent
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// Follows symlinks to the final file. A dangling or looping link stays as it is,
    /// so reading it reports the problem instead of treating it as "no file yet".
    private static func resolve(_ configured: URL) -> URL {
        var link = stat()
        guard lstat(configured.path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK,
            let resolved = realpath(configured.path, nil)
        else { return configured }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved), isDirectory: false)
    }

    // MARK: - Temporary files

    /// Temporary files left by a save that was killed: exactly `NAME.tmp-PID-RANDOM`
    /// (see `DurableFile.temporaryPath`) for one of the names the store writes, and
    /// only when process PID is gone. Anything else, even `progress.mynotes.tmp-x`,
    /// is the learner's. Called under the lock, when no save of ours is in flight.
    func removeStaleTemporaryFiles() {
        let owned = Set([file.lastPathComponent, backup.lastPathComponent])
        let stem = Self.stem(of: file)
        for name in Self.names(in: directory.path) {
            guard let parsed = Self.temporaryName(name) else { continue }
            let ours = owned.contains(parsed.base) || Self.isOriginal(parsed.base, stem: stem)
            guard ours, kill(parsed.pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory.path + "/" + name)
        }
    }

    /// The names in a directory, by `readdir`: FileManager's listing was a thirtieth
    /// of a returning learner's first frame, most of it in setting Foundation up.
    private static func names(in directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// `BASE.tmp-PID-RANDOM` split into its base and writer, or nil for any other name.
    static func temporaryName(_ name: String) -> (base: String, pid: pid_t)? {
        guard let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return (String(name[..<marker.lowerBound]), pid)
    }

    /// `progress.v1.json` or `progress.before-rename-20261204.json`: originals kept.
    private static func isOriginal(_ base: String, stem: String) -> Bool {
        guard base.hasSuffix(".json") else { return false }
        for marker in [".v", ".before-rename-"] where base.hasPrefix(stem + marker) {
            let digits = base.dropFirst(stem.count + marker.count).dropLast(5)
            if !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        }
        return false
    }

    // MARK: - Messages

    /// A system error about a path, in words that say what to do.
    static func describe(_ error: POSIXError) -> String {
        switch error.code {
        case .ELOOP: return "it is a symbolic link that loops back on itself; fix or remove the link"
        case .ENAMETOOLONG: return "its path is longer than this system allows; choose a shorter --data-dir"
        case .EACCES: return "permission denied; check the directory's owner and mode"
        case .ENOTDIR: return "a part of its path is a file, not a directory"
        default: return error.reason
        }
    }
}
