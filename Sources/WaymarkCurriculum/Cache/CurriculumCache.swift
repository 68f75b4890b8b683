import Foundation

/// Keeps each curriculum directory's loaded model in a snapshot file, so a
/// curriculum of thousands of lessons is parsed once rather than on every start.
/// A snapshot is used only when the directory's fingerprint (every file's inode,
/// size and times, and the Waymark binary's) is exactly the one it was taken with;
/// anything else, including a damaged or unreadable snapshot, means a fresh load.
/// Only curricula that load without a single problem are kept, so diagnostics are
/// reported on every run until fixed.
public struct CurriculumCache: Sendable {
    /// Where snapshots live; created on first use.
    public let directory: URL
    /// A directory with a file changed less than this many seconds ago is loaded
    /// but not snapshotted: it may change again within one timestamp tick.
    let settlingTime: Double

    /// Changes whenever the bytes of a snapshot do: 2 wrote small records field by
    /// field, as every other type, where 1 wrote them as lists of strings; 3
    /// checksums eight bytes at a time.
    static let magic = Array("waymark-curriculum-snapshot-3\n".utf8)

    public init(directory: URL) {
        self.init(directory: directory, settlingTime: 2)
    }

    init(directory: URL, settlingTime: Double) {
        self.directory = directory
        self.settlingTime = settlingTime
    }

    /// `$XDG_CACHE_HOME/waymark/curricula`, else `~/.cache/waymark/curricula`.
    public static func directory(environment: (String) -> String?) -> URL? {
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appending(path: "waymark/curricula")
        }
        guard let home = environment("HOME"), home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appending(path: ".cache/waymark/curricula")
    }

    /// The curriculum in `source`: from its snapshot when that is current, else
    /// from `load` (which reports problems by throwing), snapshotting the result.
    public func curriculum(
        in source: DirectoryCurriculumSource, load: () throws -> Curriculum
    ) throws -> Curriculum {
        let root = source.resolvedRoot
        guard let fingerprint = CurriculumFingerprint(root: root) else { return try load() }
        let file = snapshotFile(for: root)
        if let cached = snapshot(in: file, root: root, fingerprint: fingerprint, source: source) { return cached }
        let curriculum = try load()
        if fingerprint.newestChange < Date().timeIntervalSince1970 - settlingTime {
            write(curriculum, to: file, root: root, fingerprint: fingerprint)
        }
        return curriculum
    }

    /// One file per curriculum directory, named by a stable hash of its path (the
    /// path itself is inside, and checked).
    func snapshotFile(for root: String) -> URL {
        let name = String(fnv1a(ArraySlice(root.utf8)), radix: 16)
        return directory.appending(path: String(repeating: "0", count: 16 - name.count) + name + ".snapshot")
    }

    private func snapshot(
        in file: URL, root: String, fingerprint: CurriculumFingerprint, source: DirectoryCurriculumSource
    ) -> Curriculum? {
        guard let bytes = Self.contents(of: file), bytes.starts(with: Self.magic) else { return nil }
        var reader = SnapshotReader(bytes, from: Self.magic.count)
        do throws(SnapshotReader.Malformed) {
            let checksum = UInt64(bitPattern: Int64(try reader.int()))
            guard snapshotChecksum(bytes[reader.offset...]) == checksum else { return nil }
            guard try reader.string() == root, try reader.count() == fingerprint.bytes.count,
                bytes[reader.offset...].starts(with: fingerprint.bytes)
            else { return nil }
            reader = SnapshotReader(bytes, from: reader.offset + fingerprint.bytes.count)
            let curriculum = try CurriculumSnapshot.curriculum(from: &reader, source: source)
            return reader.isAtEnd ? curriculum : nil
        } catch {
            return nil
        }
    }

    /// The whole file, read straight into an array (a snapshot is megabytes: no
    /// `Data` to copy it from).
    private static func contents(of file: URL) -> [UInt8]? {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                guard got > 0 else { break }
                count += got
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// Best effort: a cache that cannot be written only costs the next start time.
    private func write(_ curriculum: Curriculum, to file: URL, root: String, fingerprint: CurriculumFingerprint) {
        guard let snapshot = try? CurriculumSnapshot.bytes(of: curriculum) else { return }
        var content = SnapshotWriter()
        content.string(root)
        content.int(fingerprint.bytes.count)
        content.append(fingerprint.bytes)
        content.append(snapshot)
        var writer = SnapshotWriter()
        writer.append(Self.magic)
        writer.int(Int(Int64(bitPattern: snapshotChecksum(content.bytes[...]))))
        writer.append(content.bytes)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(writer.bytes).write(to: file, options: .atomic)
    }
}
