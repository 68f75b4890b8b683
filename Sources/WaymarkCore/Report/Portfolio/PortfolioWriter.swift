import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a portfolio's pages into a folder the learner may also keep their own
/// files in. Waymark writes only the files its manifest says it owns and whose
/// bytes are still what it wrote; everything else is left as it is. Each file is
/// replaced atomically, so an interrupted run leaves every page whole.
public struct PortfolioWriter: Sendable {
    public init() {}

    /// What a name in the folder holds now.
    private enum Found {
        case missing
        case file([UInt8])
        /// A folder, a link, a device: never Waymark's to replace.
        case other
    }

    public func write(_ files: [String: [UInt8]], to directory: URL) throws(PortfolioError) -> PortfolioOutcome {
        try prepare(directory)
        let manifestURL = directory.appendingPathComponent(PortfolioManifest.fileName)
        let manifestBytes: [UInt8]? = if case .file(let bytes) = look(at: manifestURL) { bytes } else { nil }
        let previous = PortfolioManifest(parsing: String(decoding: manifestBytes ?? [], as: UTF8.self))
        var next = PortfolioManifest()
        var outcome = PortfolioOutcome()
        let ordered = { (paths: [String]) in paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

        for path in ordered(Array(files.keys)) {
            let bytes = files[path] ?? []
            let target = directory.appendingPathComponent(path)
            let owned = previous.digests[path]
            switch look(at: target) {
            case .missing:
                try prepare(target.deletingLastPathComponent())
                try put(bytes, at: target, named: path)
                outcome.changed.append(path)
            // Still what Waymark wrote, or already the very page it would write (after a
            // lost manifest, say): Waymark's to keep current.
            case .file(let existing) where existing == bytes || (owned != nil && SHA256.hex(of: existing) == owned):
                if existing != bytes {
                    try put(bytes, at: target, named: path)
                    outcome.changed.append(path)
                }
            case .file, .other:
                if let owned {
                    // Still Waymark's name, with the digest it wrote, so the next run says the same.
                    next.digests[path] = owned
                    outcome.editedByHand.append(path)
                } else {
                    outcome.learnersFiles.append(path)
                }
                continue
            }
            next.digests[path] = SHA256.hex(of: bytes)
            outcome.current.append(path)
        }

        for path in ordered(previous.digests.keys.filter { files[$0] == nil }) {
            let target = directory.appendingPathComponent(path)
            switch look(at: target) {
            case .missing:
                continue
            case .file(let existing) where SHA256.hex(of: existing) == previous.digests[path]:
                guard unlink(target.path) == 0 || errno == ENOENT else {
                    throw .cannotRemove(path, reason: POSIXError.current.reason)
                }
                outcome.removed.append(path)
                // A folder Waymark emptied goes too; one holding anything else fails to go, as it should.
                if path.contains("/") { rmdir(target.deletingLastPathComponent().path) }
            case .file, .other:
                outcome.released.append(path)
            }
        }

        if next != previous || manifestBytes == nil {
            try put(Array(next.text.utf8), at: manifestURL, named: PortfolioManifest.fileName)
        }
        return outcome
    }

    /// Makes sure `directory` is a folder, creating it (and its parents) if missing.
    private func prepare(_ directory: URL) throws(PortfolioError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(directory.path) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(directory.path, reason: (error as NSError).localizedDescription)
        }
    }

    private func put(_ bytes: [UInt8], at target: URL, named path: String) throws(PortfolioError) {
        do {
            try DurableFile().write(bytes, to: target, mode: 0o644)
        } catch {
            throw .cannotWrite(path, reason: error.reason)
        }
    }

    /// The bytes of a regular file at `url`, without following a link: a link the
    /// learner put in place of a page is theirs.
    private func look(at url: URL) -> Found {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return errno == ENOENT ? .missing : .other }
        guard info.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: url.path) else {
            return .other
        }
        return .file(Array(data))
    }
}
