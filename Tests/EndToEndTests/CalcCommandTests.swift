import Foundation
import Testing

/// `waymark calc` run as a script would: the exact interface, JSON keys and
/// values, what it prints with too little, and exit status 2 on every usage error.
@Suite("waymark calc", .serialized)
struct CalcCommandTests {
    private func json(_ arguments: [String]) throws -> (outputs: [String: Any], whole: [String: Any]) {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let result = try waymark.run(["calc"] + arguments + ["--json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let whole = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (try #require(whole["outputs"] as? [String: Any]), whole)
    }

    private func number(_ outputs: [String: Any], _ key: String) throws -> Double {
        try #require((outputs[key] as? NSNumber)?.doubleValue, "no \(key) in \(outputs)")
    }

    @Test("littles: 800/s for 50 ms gives itemsInSystem 40, with the documented shape")
    func littles() throws {
        let (outputs, whole) = try json(["littles", "--arrival-rate", "800/s", "--time-in-system", "50ms"])
        #expect(try number(outputs, "itemsInSystem") == 40)
        #expect(whole["calculator"] as? String == "littles")
        let inputs = try #require(whole["inputs"] as? [String: Any])
        #expect((inputs["arrivalRate"] as? NSNumber)?.doubleValue == 800)
        #expect((inputs["timeInSystem"] as? NSNumber)?.doubleValue == 0.05)
        #expect((whole["warnings"] as? [String])?.isEmpty == true)
        #expect(Set(whole.keys) == ["calculator", "inputs", "outputs", "warnings"])
    }

    @Test("availability: nines to downtime, series and parallel")
    func availability() throws {
        #expect(
            abs(
                try number(try json(["availability", "--nines", "99.99"]).outputs, "downtimePerYearSeconds") - 3_155.76)
                < 1e-6)
        let series = try json(["availability", "--series", "99.9%,99.9%,99.9%"]).outputs
        #expect(abs(try number(series, "availability") - 0.997_003) < 1e-6)
        let parallel = try json(["availability", "--parallel", "99%,99%"])
        #expect(try number(parallel.outputs, "availability") == 0.9999)
        #expect((parallel.whole["warnings"] as? [String])?.first?.contains("Law 1") == true)
    }

    @Test("queue: M/M/1 at 80/s against 100/s, and M/M/2 with Erlang C")
    func queue() throws {
        let mm1 = try json(["queue", "--arrival-rate", "80/s", "--service-rate", "100/s"]).outputs
        #expect(try number(mm1, "utilization") == 0.8)
        #expect(try number(mm1, "meanResponseTimeSeconds") == 0.05)
        #expect(try number(mm1, "meanQueueLength") == 3.2)
        let mm2 = try json(["queue", "--servers", "2", "--arrival-rate", "1.5/s", "--service-rate", "1/s"]).outputs
        #expect(abs(try number(mm2, "probabilityOfWaiting") - 0.642_857) < 1e-6)
        #expect(abs(try number(mm2, "meanWaitSeconds") - 1.285_714) < 1e-6)
    }

    @Test("fanout: 100 backends at p99 are slow 63.4% of the time; quorum 3/2/2 overlaps")
    func fanoutAndQuorum() throws {
        let fanout = try json(["fanout", "--backends", "100", "--percentile", "99"]).outputs
        #expect(abs(try number(fanout, "probabilitySlow") - 0.633_968) < 1e-6)
        let quorum = try json(["quorum", "--replicas", "3", "--read", "2", "--write", "2"]).outputs
        #expect(quorum["overlapping"] as? Bool == true)
        #expect(try number(quorum, "readFailuresTolerated") == 1)
        #expect(try number(quorum, "writeFailuresTolerated") == 1)
    }

    @Test("the other calculators answer too, and no output is ever NaN or infinite")
    func others() throws {
        for arguments in [
            ["capacity", "--average-rate", "1157/s", "--peak-factor", "3", "--instance-throughput", "400/s"],
            ["retry", "--attempts", "3", "--layers", "3", "--budget", "10%"],
            ["cost", "--instances", "17", "--hourly-price", "0.096", "--arrival-rate=1157/s"],
        ] {
            let outputs = try json(arguments).outputs
            #expect(!outputs.isEmpty)
            for (key, value) in outputs {
                if let number = value as? NSNumber { #expect(number.doubleValue.isFinite, "\(key)") }
            }
        }
    }

    @Test("text output shows the formula with the learner's numbers and the reading, without colour in a pipe")
    func text() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let stable = try waymark.run(["calc", "queue", "--arrival-rate", "4800/min", "--service-rate", "100/s"])
        #expect(stable.status == 0)
        for expected in [
            "Queueing (M/M/c)", "ρ = λ / μ = 80/s / 100/s = 80%", "At 80% busy, a request spends 50 ms",
            "Mean response time against utilisation", "◀ you",
        ] {
            #expect(stable.stdout.contains(expected), "missing \(expected)")
        }
        #expect(!stable.stdout.contains("\u{1B}["))
    }

    @Test("a bare calc lists the calculators; a calculator alone lists its fields")
    func listings() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let list = try waymark.run(["calc"])
        #expect(list.status == 0)
        for name in ["littles", "availability", "queue", "capacity", "fanout", "quorum", "retry", "cost"] {
            #expect(list.stdout.contains("  \(name) "), "missing \(name)")
        }
        let fields = try waymark.run(["calc", "littles"])
        #expect(fields.status == 0)
        for expected in ["--items-in-system", "--arrival-rate", "--time-in-system", "lesson: littles-law", "Example:"] {
            #expect(fields.stdout.contains(expected), "missing \(expected)")
        }
        #expect(try waymark.run(["calc", "queue"]).stdout.contains("(default 1)"))
    }

    @Test("usage errors exit 2 with a message naming the field")
    func usageErrors() throws {
        let waymark = WaymarkBinary()
        defer { waymark.removeData() }
        let cases: [([String], String)] = [
            (["littles", "--arrival-rate", "50ms", "--time-in-system", "1s"], "--arrival-rate: 'ms' is a time"),
            (["littles", "--arrival-rate", "-5/s", "--time-in-system", "1s"], "--arrival-rate: '-5/s' is negative"),
            (["littles", "--arrival-rate", "0", "--time-in-system", "1s"], "--arrival-rate: must be more than zero"),
            (["littles", "--arrival-rate", "nan", "--time-in-system", "1s"], "--arrival-rate: 'nan' is not a finite"),
            (["littles", "--arrival-rate", "1e400", "--time-in-system", "1s"], "--arrival-rate: '1e400' is too large"),
            (["littles", "--arrival-rate", "800/s"], "give two of items-in-system, arrival-rate and time-in-system"),
            (["littles", "--arival-rate", "800/s"], "--arival-rate: littles has no such field"),
            (["littles", "--arrival-rate"], "--arrival-rate needs a value"),
            (["littles", "800/s"], "'800/s' is not a field"),
            (["fanout", "--backends", "100", "--percentile", "100"], "--percentile: '100' is outside (0, 100)"),
            (["quorum", "--replicas", "3", "--read", "4", "--write", "2"], "--read: 4 is more than the 3 replicas"),
            (["queue", "--arrival-rate", "120/s", "--service-rate", "100/s"], "--arrival-rate: the queue is unstable"),
            (["availability", "--nines", "3"], "--nines: '3' is ambiguous"),
            (["littel"], "There is no calculator 'littel'"),
        ]
        for (arguments, message) in cases {
            let result = try waymark.run(["calc"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(!result.stderr.lowercased().contains("inf ") && !result.stderr.contains(" nan "))
        }
    }
}
