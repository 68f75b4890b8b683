import Foundation

/// What a curriculum directory looks like without reading it: for curriculum.yaml
/// and every file in paths/ and lessons/, its name, device, inode, size, and
/// modification and change times to the nanosecond; and the same for the running
/// binary, whose loader produced the snapshot. Any edit, added or removed file,
/// or new Waymark build changes it.
struct CurriculumFingerprint: Equatable {
    private(set) var bytes: [UInt8] = []
    /// The latest change time seen: a file changed moments ago may change again
    /// within the same timestamp tick, so such a directory is not snapshotted yet.
    private(set) var newestChange: Double = 0

    /// Nil when the directory cannot be listed; the loader reports why.
    init?(root: String) {
        var writer = SnapshotWriter()
        guard add("/proc/self/exe", name: "waymark", to: &writer),
            add(root + "/curriculum.yaml", name: "curriculum.yaml", to: &writer),
            addFiles(in: root + "/paths", to: &writer),
            addFiles(in: root + "/lessons", to: &writer)
        else { return nil }
        bytes = writer.bytes
    }

    private mutating func addFiles(in directory: String, to writer: inout SnapshotWriter) -> Bool {
        guard let stream = opendir(directory) else { return false }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        names.sort()
        writer.int(names.count)
        let descriptor = dirfd(stream)
        for name in names {
            var status = stat()
            guard fstatat(descriptor, name, &status, 0) == 0 else { return false }
            record(status, name: name, to: &writer)
        }
        return true
    }

    private mutating func add(_ path: String, name: String, to writer: inout SnapshotWriter) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        record(status, name: name, to: &writer)
        return true
    }

    private mutating func record(_ status: stat, name: String, to writer: inout SnapshotWriter) {
        writer.string(name)
        for value in [
            Int(status.st_dev), Int(status.st_ino), Int(status.st_size),
            status.st_mtim.tv_sec, status.st_mtim.tv_nsec, status.st_ctim.tv_sec, status.st_ctim.tv_nsec,
        ] {
            writer.int(value)
        }
        for time in [status.st_mtim, status.st_ctim] {
            newestChange = max(newestChange, Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
        }
    }
}
