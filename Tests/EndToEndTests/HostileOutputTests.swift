import Foundation
import Testing

/// Text from files never drives the terminal: every command's output is scanned for
/// ESC, C1 controls and bidi overrides, with a hostile progress file and a hostile
/// curriculum (issue 21, 11), and output that cannot be written is an error (12).
@Suite("hostile input never reaches the terminal", .serialized)
struct HostileOutputTests {
    /// A progress file whose keys and values carry escape sequences, C1 controls and
    /// bidi overrides, all legal JSON.
    static let hostileProgress = #"""
        {
          "activePath" : "\u001b]2;PWNED\u0007",
          "criteria" : { "\u001b[31mred" : { "ratings" : [ { "at" : "2026-11-21T10:00:00Z", "note" : "\u009b2J\u202eevil", "rating" : "partly" } ] } },
          "deliverables" : {
            "notes-on-each-law" : { "changedAt" : "2026-11-21T10:00:00Z", "note" : "fine\u001b[2J\u009b31m\u202e\u2066x", "state" : "done" },
            "\u001b]0;title\u0007" : { "changedAt" : "2026-11-21T10:00:00Z", "state" : "done" }
          },
          "lessonsRead" : { "\u202egnp.exe" : "2026-11-21T10:00:00Z" },
          "paths" : { "foundation-builder" : { "startedOn" : "2026-11-01" }, "\u009b?1049h" : { "startedOn" : "2026-11-01" } },
          "revision" : 3,
          "schemaVersion" : 2
        }
        """#

    static func forbidden(in text: String) -> [String] {
        text.unicodeScalars.compactMap { scalar in
            let value = scalar.value
            let bad =
                value == 0x1B || value == 0x07 || (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            return bad ? "U+" + String(value, radix: 16) : nil
        }
    }

    static let commands: [[String]] = [
        ["status"], ["status", "--json"], ["paths"], ["show", "foundation-builder"],
        ["show", "foundation-builder", "--json"], ["export"], ["export", "--format", "json"], ["show", "bootcamp"],
    ]

    @Test("a hostile progress file: no command prints an escape, C1 control or bidi override")
    func hostileProgressFile() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try FileManager.default.createDirectory(at: waymark.dataDirectory, withIntermediateDirectories: true)
        try Data(Self.hostileProgress.utf8).write(to: waymark.progressFile)
        for command in Self.commands {
            let result = try waymark.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(Self.forbidden(in: result.stdout + result.stderr).isEmpty, "\(command)")
        }
        let status = try waymark.run(["status"])
        #expect(status.stdout.contains("is not in this curriculum"))
        #expect(status.stdout.contains("Progress for ids this course no longer has"))
        // JSON keeps the strings, escaped, so a script still reads them exactly.
        let json = try waymark.run(["status", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["activePath"] as? String == "\u{1B}]2;PWNED\u{07}")
    }

    @Test("a hostile curriculum: titles with escape sequences print as harmless text")
    func hostileCurriculum() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let pack = try waymark.copyOfBundledCurriculum()
        let path = pack.appendingPathComponent("paths/foundation-builder.yaml")
        var yaml = try String(contentsOf: path, encoding: .utf8)
        yaml = yaml.replacingOccurrences(
            of: "title: Foundation Builder", with: #"title: "Found\e]2;PWNED\aation \u009b31m\u202eBuilder""#)
        yaml = yaml.replacingOccurrences(of: "title: Notes on each law", with: #"title: "Notes\e[2J on each law""#)
        try yaml.write(to: path, atomically: true, encoding: .utf8)
        for command in Self.commands + [["validate", pack.path]] {
            let result = try waymark.run(["--curriculum", pack.path] + command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(Self.forbidden(in: result.stdout + result.stderr).isEmpty, "\(command)")
        }
        // The hostile title is there, its escape shown as a visible marker.
        let show = try waymark.run(["--curriculum", pack.path, "show", "foundation-builder"])
        #expect(show.stdout.contains("Found\u{FFFD}]2;PWNED\u{FFFD}ation"))
        let check = try waymark.run(["--curriculum", pack.path, "check", "notes-on-each-law"])
        #expect(Self.forbidden(in: check.stdout + check.stderr).isEmpty)
    }

    @Test("a note with a tab or newline before a combining mark stays on its line")
    func combiningMarkAfterControl() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["start", "problem-solver"])
        try waymark.run(["note", "pattern-comparison-matrix", "a\t\u{0305}b"])
        let show = try waymark.run(["show", "problem-solver", "--week", "2"])
        #expect(!show.stdout.contains("\t"))
        try waymark.run(["note", "pattern-comparison-matrix", "fine\n\u{0305}## Injected heading"])
        let export = try waymark.run(["export"])
        #expect(!export.stdout.split(separator: "\n").contains { $0.hasPrefix("#") && $0.contains("Injected") })
    }

    @Test("output that cannot be written is an error, not a silent success")
    func fullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["export"], stdout: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("Could not write the output: No space left on device."))
    }
}

/// Signals and limits from the adversarial pass (issue 21, 7 and 8).
@Suite("signals and limits", .serialized)
struct SignalTests {
    @Test("a file-size limit makes a growing save fail with a message, not a kill, and the file survives")
    func fileSizeLimit() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        try waymark.run(["check", "notes-on-each-law"])
        let before = try Data(contentsOf: waymark.progressFile)
        let long = String(repeating: "x", count: 8_000)
        let script = "ulimit -f 4; exec \"$0\" note notes-on-each-law \"$1\""
        let result = try waymark.run(
            ["-c", script, WaymarkBinary.url.path, long], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("Could not save progress"))
        #expect(try Data(contentsOf: waymark.progressFile) == before)
    }

    @Test("SIGQUIT, SIGUSR1 and SIGALRM end the view with the terminal restored", arguments: ["QUIT", "USR1", "ALRM"])
    func endingSignals(name: String) throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let tmux = TmuxSession(dataDirectory: waymark.dataDirectory)
        try tmux.start()
        #expect(try tmux.waitFor("Welcome to Distributed Systems").found)
        // The pane runs a shell that waits for Waymark: signal its child, Waymark.
        let shell = try tmux.display("#{pane_pid}")
        let children = Pipe()
        let find = Process()
        find.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        find.arguments = ["-P", shell]
        find.standardOutput = children
        try find.run()
        find.waitUntilExit()
        let pid =
            String(decoding: children.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").first.map(String.init) ?? ""
        #expect(!pid.isEmpty)
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(name)", pid]
        try kill.run()
        kill.waitUntilExit()
        let status = try tmux.waitForExit()
        #expect(status.map { $0 > 128 } == true, "exit status \(String(describing: status))")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }
}
