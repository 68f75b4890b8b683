/// `DIR/.waymark-portfolio`: the files Waymark owns in a portfolio folder and the
/// SHA-256 of the bytes it last wrote to each, in `sha256sum`'s format so that
/// `sha256sum -c .waymark-portfolio` tells the learner the same thing. A file is
/// Waymark's to rewrite or remove only while its bytes still match.
public struct PortfolioManifest: Sendable, Equatable {
    public static let fileName = ".waymark-portfolio"

    /// Relative path -> hex digest.
    public var digests: [String: String]

    public init(digests: [String: String] = [:]) {
        self.digests = digests
    }

    /// Reads the manifest. A line that is not a digest and a safe relative path is
    /// ignored, so a damaged manifest only makes Waymark own less, never a file
    /// outside the folder or one it did not write.
    public init(parsing text: String) {
        var digests: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].hasPrefix(" ") else { continue }
            let digest = String(parts[0])
            let path = String(parts[1].dropFirst())
            guard Self.isDigest(digest), Self.isOwnablePath(path) else { continue }
            digests[path] = digest
        }
        self.digests = digests
    }

    public var text: String {
        var lines = ["# Files Waymark wrote here, with the SHA-256 of what it wrote. Edit any of them and Waymark"]
        lines.append(
            "# leaves it alone; delete it and Waymark writes it again. Check with: sha256sum -c \(Self.fileName)")
        for path in digests.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            lines.append("\(digests[path] ?? "")  \(path)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The only names Waymark writes: `name.md` or `folder/name.md`, lowercase
    /// letters, digits and hyphens, so no path in a manifest leads out of the folder.
    public static func isOwnablePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let last = parts.last, last.hasSuffix(".md") else { return false }
        let names = parts.dropLast().map(String.init) + [String(last.dropLast(3))]
        return names.allSatisfy { name in
            !name.isEmpty
                && name.utf8.allSatisfy {
                    (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-")
                }
        }
    }
}
