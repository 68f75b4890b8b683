import Foundation
import WaymarkCore
import WaymarkCurriculum

/// What a key asks for, independent of which key it was.
public enum Command: Sendable, Equatable {
    case up, down, pageUp, pageDown, first, last
    case open, back, toggle, help, quit
    case pathPicker, criteria, bootcamp, chooseForMe
    case markInProgress, markSkipped, editNote
    case revealAnswer, nextLesson, previousLesson
    case rate(SelfRating)
}

/// One row of the key table. The help overlay and the footer are generated from
/// these, so they can never disagree with what the keys do.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var summary: String
    /// Screens where it applies; nil means everywhere.
    public var screens: Set<ScreenKind>?
    /// Shown in the footer of those screens (in footer order).
    public var inFooter: Bool

    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

public enum KeyBindings {
    private static let lists: Set<ScreenKind> = [.picker, .bootcamp, .plan, .phase, .criteria]
    private static let openable: Set<ScreenKind> = [.picker, .bootcamp, .plan, .phase]

    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], command: .up, summary: "move up", screens: nil, inFooter: false),
        KeyBinding(
            keys: [.down, .character("j")], command: .down, summary: "move down", screens: nil, inFooter: false),
        KeyBinding(keys: [.pageUp], command: .pageUp, summary: "page up", screens: nil, inFooter: false),
        KeyBinding(
            keys: [.pageDown, .character(" ")], command: .pageDown, summary: "page down", screens: [.lesson],
            inFooter: false),
        KeyBinding(keys: [.pageDown], command: .pageDown, summary: "page down", screens: lists, inFooter: false),
        KeyBinding(
            keys: [.character("g"), .home], command: .first, summary: "first item / top", screens: nil, inFooter: false),
        KeyBinding(
            keys: [.character("G"), .end], command: .last, summary: "last item / bottom", screens: nil, inFooter: false),
        KeyBinding(
            keys: [.enter, .right, .character("l")], command: .open, summary: "open", screens: openable, inFooter: true),
        KeyBinding(
            keys: [.character(" ")], command: .toggle, summary: "done / not done", screens: [.phase], inFooter: true),
        KeyBinding(
            keys: [.character("i")], command: .markInProgress, summary: "mark in progress", screens: [.phase],
            inFooter: true),
        KeyBinding(keys: [.character("s")], command: .markSkipped, summary: "skip", screens: [.phase], inFooter: true),
        KeyBinding(
            keys: [.character("n")], command: .editNote, summary: "note", screens: [.phase, .criteria],
            inFooter: true),
        KeyBinding(
            keys: [.character("1")], command: .rate(.notYet), summary: "not yet", screens: [.criteria],
            inFooter: true),
        KeyBinding(
            keys: [.character("2")], command: .rate(.partly), summary: "partly", screens: [.criteria],
            inFooter: true),
        KeyBinding(
            keys: [.character("3")], command: .rate(.confident), summary: "confident", screens: [.criteria],
            inFooter: true),
        KeyBinding(
            keys: [.character("r")], command: .revealAnswer, summary: "reveal the next answer", screens: [.lesson],
            inFooter: true),
        KeyBinding(
            keys: [.character("]")], command: .nextLesson, summary: "next lesson", screens: [.lesson], inFooter: true),
        KeyBinding(
            keys: [.character("[")], command: .previousLesson, summary: "previous lesson", screens: [.lesson],
            inFooter: true),
        KeyBinding(
            keys: [.character("w")], command: .chooseForMe, summary: "help me choose", screens: [.picker],
            inFooter: true),
        KeyBinding(
            keys: [.character("b")], command: .bootcamp, summary: "Bootcamp", screens: [.picker, .plan], inFooter: true),
        KeyBinding(
            keys: [.character("c")], command: .criteria, summary: "success criteria", screens: [.plan, .phase],
            inFooter: true),
        KeyBinding(
            keys: [.character("p")], command: .pathPicker, summary: "paths",
            screens: [.plan, .phase, .criteria, .bootcamp, .lesson],
            inFooter: false),
        KeyBinding(
            keys: [.escape, .left, .character("h"), .backspace], command: .back, summary: "back", screens: nil,
            inFooter: true),
        KeyBinding(keys: [.character("?")], command: .help, summary: "help", screens: nil, inFooter: true),
        KeyBinding(
            keys: [.character("q")], command: .quit, summary: "quit", screens: nil,
            inFooter: true),
    ]

    /// The command a key means on a screen, if any. Screen-specific bindings win.
    public static func command(for key: Key, on screen: ScreenKind) -> Command? {
        func applies(_ binding: KeyBinding) -> Bool {
            binding.keys.contains(key) && (binding.screens?.contains(screen) ?? true)
        }
        return (all.first { $0.screens != nil && applies($0) } ?? all.first(where: applies))?.command
    }

    public static func bindings(for screen: ScreenKind) -> [KeyBinding] {
        all.filter { $0.screens?.contains(screen) ?? true }
    }

    /// "Enter open · Space done · ? help · q quit" for the footer.
    public static func footer(for screen: ScreenKind) -> [(key: String, summary: String)] {
        footers[screen] ?? []
    }

    /// Every screen's footer hints, worked out once: the footer is drawn on every key.
    private static let footers: [ScreenKind: [(key: String, summary: String)]] = Dictionary(
        uniqueKeysWithValues: ScreenKind.allCases.map { screen in
            (screen, bindings(for: screen).filter(\.inFooter).map { ($0.keys[0].label, $0.summary) })
        })
}
