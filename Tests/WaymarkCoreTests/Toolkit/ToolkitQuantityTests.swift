import Testing

@testable import WaymarkCore

/// The unit parser: every unit a learner may type, and every way typing can go wrong.
@Suite("Toolkit: typed quantities")
struct ToolkitQuantityTests {
    private func value(_ text: String, _ kind: UnitKind) throws -> Double {
        try Quantity.parse(text, as: kind).value
    }

    private func error(_ text: String, _ kind: UnitKind) -> QuantityError? {
        do {
            _ = try Quantity.parse(text, as: kind)
            return nil
        } catch {
            return error
        }
    }

    @Test("rates are read per second from /s, /min, /h, rps and their spellings")
    func rates() throws {
        let cases: [(String, Double)] = [
            ("800/s", 800), ("800 /s", 800), ("800/sec", 800), ("800 per second", 800), ("800 rps", 800),
            ("800rps", 800), ("800 qps", 800), ("800 req/s", 800), ("48000/min", 800), ("48,000/min", 800),
            ("48_000 /minute", 800), ("48000 rpm", 800), ("2,880,000/h", 800), ("2880000 /hour", 800),
            ("0.8/ms", 800), ("86400/d", 1), ("604800/week", 1), ("800", 800), ("8e2/s", 800), ("+800/S", 800),
        ]
        for (text, expected) in cases {
            #expect(abs(try value(text, .rate) - expected) < 1e-9 * expected, "\(text)")
        }
    }

    @Test("times are read in seconds from ns, µs, us, ms, s, min, h, d and w")
    func times() throws {
        let cases: [(String, Double)] = [
            ("250ns", 250e-9), ("250µs", 250e-6), ("250μs", 250e-6), ("250us", 250e-6), ("50ms", 0.05),
            ("50 ms", 0.05), ("2s", 2), ("2 sec", 2), ("2 seconds", 2), ("5min", 300), ("5 minutes", 300),
            ("1h", 3_600), ("1.5 hours", 5_400), ("30d", 2_592_000), ("1 day", 86_400), ("2w", 1_209_600),
            ("0.05", 0.05), (".5s", 0.5),
        ]
        for (text, expected) in cases {
            #expect(abs(try value(text, .duration) - expected) < 1e-12 * max(1, expected), "\(text)")
        }
    }

    @Test("availability is read from percentages, fractions and nines")
    func availability() throws {
        let cases: [(String, Double)] = [
            ("99.95%", 0.9995), ("0.9995", 0.9995), ("99.95", 0.9995), ("3 nines", 0.999), ("3nines", 0.999),
            ("1 nine", 0.9), ("3.5 nines", 1 - 0.000_316_227_766_016_837_94), ("100%", 1), ("1", 1), ("50", 0.5),
        ]
        for (text, expected) in cases {
            #expect(abs(try value(text, .availability) - expected) < 1e-12, "\(text)")
        }
    }

    @Test("shares, percentiles, multipliers, money and counts read as typed")
    func otherKinds() throws {
        #expect(try value("60%", .fraction) == 0.6)
        #expect(try value("0.6", .fraction) == 0.6)
        #expect(try value("p99.9", .percentile) == 99.9)
        #expect(try value("99", .percentile) == 99)
        #expect(try value("99.9%", .percentile) == 99.9)
        #expect(try value("3x", .factor) == 3)
        #expect(try value("3 ×", .factor) == 3)
        #expect(try value("$0.096", .money) == 0.096)
        #expect(try value("0.096", .money) == 0.096)
        #expect(try value("40", .count) == 40)
        #expect(try value("1,000,000", .count) == 1_000_000)
        #expect(try value(" 3 ", .wholeNumber) == 3)
    }

    @Test("an empty field, text and words that are not numbers are refused")
    func notNumbers() {
        #expect(error("", .rate) == .empty(expected: .rate))
        #expect(error("   ", .rate) == .empty(expected: .rate))
        #expect(error("fast", .rate) == .notANumber("fast", expected: .rate))
        #expect(error("0,5", .count) == .notANumber("0,5", expected: .count))
        #expect(error("1,00", .count) == .notANumber("1,00", expected: .count))
        #expect(error("$", .money) == .notANumber("$", expected: .money))
    }

    @Test("NaN and infinity are never taken in")
    func notFinite() {
        for text in ["nan", "NaN", "-nan", "inf", "Infinity", "+inf", "∞"] {
            #expect(error(text, .rate) == .notFinite(text), "\(text)")
        }
        #expect(error("1e400", .rate) == .tooLarge("1e400", maximum: "1,000,000,000,000/s"))
    }

    @Test("negative numbers are refused in every kind")
    func negative() {
        for kind in UnitKind.allCases {
            #expect(error("-5", kind) == .negative("-5"), "\(kind)")
        }
        #expect(error("-800/s", .rate) == .negative("-800/s"))
    }

    @Test("a whole-number field refuses fractions")
    func wholeNumbers() {
        #expect(error("2.5", .wholeNumber) == .notWhole("2.5"))
    }

    @Test("an unknown unit is named, with what the field takes")
    func unknownUnits() {
        #expect(error("800/x", .rate) == .unknownUnit("/x", expected: .rate))
        #expect(error("5 furlongs", .duration) == .unknownUnit("furlongs", expected: .duration))
        #expect(error("$5/h", .money) == .unknownUnit("$5/h", expected: .money))
    }

    @Test("a known unit that does not fit the field says what it measures")
    func wrongUnits() {
        #expect(error("50ms", .rate) == .wrongUnit("ms", measures: "a time", expected: .rate))
        #expect(error("800/s", .duration) == .wrongUnit("/s", measures: "a rate", expected: .duration))
        #expect(error("99%", .duration) == .wrongUnit("%", measures: "a percentage", expected: .duration))
        #expect(error("3 nines", .fraction) == .wrongUnit("nines", measures: "a number of nines", expected: .fraction))
        #expect(error("p99", .availability) == .wrongUnit("p", measures: "a percentile", expected: .availability))
        #expect(error("3x", .count) == .wrongUnit("x", measures: "a multiplier", expected: .count))
        #expect(error("$3", .rate) == .wrongUnit("$", measures: "an amount of money", expected: .rate))
        #expect(error("5ms", .availability) == .wrongUnit("ms", measures: "a time", expected: .availability))
    }

    @Test("availability outside (0, 100%] or beyond twelve nines is refused")
    func availabilityRange() {
        #expect(error("0", .availability) == .zero)
        #expect(error("0%", .availability) == .zero)
        #expect(error("0 nines", .availability) == .zero)
        #expect(error("101%", .availability) == .outOfRange("101%", range: "(0%, 100%]"))
        #expect(error("150", .availability) == .outOfRange("150", range: "(0%, 100%]"))
        #expect(error("13 nines", .availability) == .tooLarge("13 nines", maximum: "12 nines"))
    }

    @Test("a plain number that could mean two things is refused with the readings")
    func ambiguous() {
        #expect(error("3", .availability) == .ambiguous("3", suggestion: "3 nines, 3% or a fraction such as 0.999"))
        #expect(error("5", .fraction) == .ambiguous("5", suggestion: "5% or a fraction such as 0.6"))
    }

    @Test("a percentile must lie strictly between 0 and 100")
    func percentileRange() {
        for text in ["0", "100", "p100", "100%", "250"] {
            #expect(error(text, .percentile) == .outOfRange(text, range: "(0, 100): p50, p99 and p99.9 fit"), "\(text)")
        }
    }

    @Test("messages quote what was typed, cleaned of control characters and cut short")
    func messages() {
        let typed = "\u{1B}[31m" + String(repeating: "x", count: 80)
        let message = QuantityError.notANumber(typed, expected: .rate).description
        #expect(!message.contains("\u{1B}"))
        #expect(message.hasSuffix("is not a number; it takes a rate such as 800/s, 48000/min, 120 rps or 5/h"))
        #expect(message.count < 140)
    }
}
