import Foundation
import WaymarkCore
import WaymarkCurriculum

@testable import WaymarkTUI

/// The bundled curriculum, as the app starts with it.
let bundled = BundledCurriculum.curriculum

let fixedToday = Day("2026-11-21")!

/// The bundled course's search index, built once for every test.
let bundledIndex = SearchIndex(curriculum: bundled)
let fixedNow = Date(timeIntervalSince1970: 1_795_300_000)

/// A state as a learner would have it: `started` sets Foundation Builder active,
/// begun `daysAgo` days before `fixedToday`. A started path opens on Today over the
/// plan; most tests are about the plan and what it leads to, so they start where
/// Esc from Today goes, unless `onToday` keeps Today on top. A fresh learner meets
/// the onboarding first; tests about the picker start past it (as a skip leaves
/// them, without its saved mark), unless `onboarding` keeps it.
func makeState(
    started: Bool = false, daysAgo: Int = 0, width: Int = 80, height: Int = 24, onToday: Bool = false,
    onboarding: Bool = false
) -> AppState {
    var progress = LearnerProgress()
    if started {
        progress.apply(.start(pathID: "foundation-builder", on: fixedToday.adding(days: -daysAgo), restart: true))
    }
    var state = AppState(
        curriculum: bundled, progress: progress, today: fixedToday, timeZone: .utc,
        width: width,
        height: height)
    if !onToday, case .today = state.screen { state.stack.removeLast() }
    if !onboarding, case .onboarding = state.screen { state.stack = [.picker(PathPickerScreen())] }
    return state
}

/// Feeds keys through `update`, collecting every effect, and answers
/// `loadLesson` effects the way the runner would.
@discardableResult
func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
    press(keys, on: &state)
}

/// The array form of `press`, for key sequences held in tables.
@discardableResult
func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for key in keys {
        let produced = update(&state, .key(key), now: fixedNow)
        effects += produced
        for effect in produced {
            switch effect {
            case .loadLesson(let id):
                _ = update(&state, .lessonLoaded(id: id, markdown: try! bundled.lessonBody(id: id)), now: fixedNow)
            case .buildSearchIndex:
                _ = update(&state, .searchIndexBuilt(bundledIndex), now: fixedNow)
            case .loadReviewDeck:
                let deck = ReviewCard.deck(of: bundled, readLessons: state.app.progress.lessonsRead)
                _ = update(&state, .reviewDeckLoaded(deck), now: fixedNow)
            default:
                break
            }
        }
        for case .loadDocument(let file) in produced {
            _ = update(&state, .documentLoaded(file: file, markdown: try! bundled.body(ofFile: file)), now: fixedNow)
        }
    }
    return effects
}

extension Screen {
    /// The selected row of a list screen; nil for the readers.
    var cursorIndex: Int? {
        switch self {
        case .picker(let screen): screen.cursor.index
        case .bootcamp(let screen): screen.cursor.index
        case .plan(let screen): screen.cursor.index
        case .phase(let screen): screen.cursor.index
        case .criteria(let screen): screen.cursor.index
        case .library(let screen): screen.cursor.index
        case .catalog(let screen): screen.cursor.index
        case .selector(let screen): screen.cursor.index
        case .glossary(let screen): screen.cursor.index
        case .referenceList(let screen): screen.cursor.index
        case .calculators(let screen): screen.cursor.index
        case .lesson, .patternCard, .document, .calculator, .review: nil
        case .lessons(let screen): screen.cursor.index
        case .steps(let screen): screen.cursor.index
        case .today(let screen): screen.cursor.index
        case .guide(let screen): screen.cursor.index
        case .readingOrder(let screen): screen.cursor.index
        case .onboarding(let screen): screen.cursor.index
        }
    }
}

extension AppState {
    /// The reader on top of the stack, if that is what is there.
    var lesson: LessonScreen? {
        if case .lesson(let lesson) = screen { lesson } else { nil }
    }

    /// The deliverable under the cursor of the phase on top, if any.
    var selectedDeliverable: Deliverable? {
        if case .phase(let phase) = screen { phase.selectedDeliverable(app) } else { nil }
    }

    var cursor: Int? { screen.cursorIndex }
}
