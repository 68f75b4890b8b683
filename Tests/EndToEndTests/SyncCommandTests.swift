import Foundation
import Testing

/// `waymark sync` between two data directories through a bare repository on the
/// local disk: the real binary, real git, no network.
@Suite("waymark sync between two machines", .serialized)
struct SyncCommandTests {
    @Test("both machines edit the same deliverable, notes and ratings; after sync A, B, A both hold every entry")
    func twoMachines() throws {
        let (first, second) = (WaymarkBinary(), WaymarkBinary())
        defer {
            first.removeData()
            second.removeData()
        }
        let remote = try Self.bareRemote(beside: first)
        defer { try? FileManager.default.removeItem(atPath: remote) }
        let edits: [(WaymarkBinary, [String])] = [
            (first, ["start", "foundation-builder"]), (second, ["start", "foundation-builder"]),
            (first, ["check", "notes-on-each-law"]), (second, ["skip", "notes-on-each-law"]),
            (first, ["note", "notes-on-each-law", "written on the laptop"]),
            (second, ["note", "notes-on-each-law", "written on the desktop"]),
            (first, ["rate", "explain-all-seven-laws", "2", "--evidence", "laptop"]),
            (second, ["rate", "explain-all-seven-laws", "3", "--evidence", "desktop"]),
            (second, ["rate", "implemented-three-patterns", "1"]),
            (first, ["step", "implement-pattern-choose", "done"]),
            (second, ["check", "implement-one-pattern"]),
        ]
        for (machine, arguments) in edits {
            let result = try machine.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        for (machine, arguments) in [
            (first, ["sync", "--remote", remote]), (second, ["sync", "--remote", remote]), (first, ["sync"]),
        ] {
            let result = try machine.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.hasPrefix("Synced with \(remote):"))
        }
        // Equal but for the count of saves each machine made.
        let files = try [first, second].map { machine in
            var object = try JSONSerialization.jsonObject(with: Data(contentsOf: machine.progressFile)) as? NSDictionary
            object = object?.mutableCopy() as? NSMutableDictionary
            (object as? NSMutableDictionary)?.removeObject(forKey: "revision")
            return object ?? [:]
        }
        #expect(files[0] == files[1])
        // One more sync of B takes A's last save as it is: the same file, byte for byte.
        #expect(try second.run(["sync"]).status == 0)
        #expect(try Data(contentsOf: first.progressFile) == Data(contentsOf: second.progressFile))
        let progress = files[0] as? [String: Any] ?? [:]
        let deliverables = progress["deliverables"] as? [String: [String: Any]] ?? [:]
        let note = deliverables["notes-on-each-law"]?["note"] as? String ?? ""
        #expect(note.contains("written on the laptop") && note.contains("written on the desktop"))
        #expect(deliverables["implement-one-pattern"]?["state"] as? String == "done")
        let criteria = progress["criteria"] as? [String: [String: Any]] ?? [:]
        #expect((criteria["explain-all-seven-laws"]?["ratings"] as? [Any])?.count == 2)
        #expect(criteria["implemented-three-patterns"] != nil)
        let steps = progress["steps"] as? [String: Any] ?? [:]
        #expect(steps["implement-pattern-choose"] != nil)
    }

    @Test("sync with no remote says the command that sets one; an unreachable one says to sync later")
    func failures() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "foundation-builder"])
        let before = try Data(contentsOf: waymark.progressFile)
        let none = try waymark.run(["sync"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("waymark sync --remote URL"))
        let missing = waymark.dataDirectory.appendingPathComponent("no-such-disk/waymark.git").path
        let offline = try waymark.run(["sync", "--remote", missing])
        #expect(offline.status == 1)
        #expect(offline.stderr.contains("saved here as always; sync later"))
        let noGit = try waymark.run(["sync"], environment: ["PATH": "/nonexistent"])
        #expect(noGit.stderr.contains("no `git` is on your PATH"))
        #expect(try Data(contentsOf: waymark.progressFile) == before)
    }

    /// An empty bare repository in the temporary directory, as on a USB stick.
    static func bareRemote(beside machine: WaymarkBinary) throws -> String {
        let path = machine.dataDirectory.deletingLastPathComponent()
            .appendingPathComponent("waymark-remote-\(UUID().uuidString).git").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "init", "--quiet", "--bare", path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return path
    }
}
