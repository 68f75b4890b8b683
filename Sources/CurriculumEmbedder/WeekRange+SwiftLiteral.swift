import WaymarkCurriculum

extension WeekRange: CustomSwiftLiteral {
    /// `WeekRange(1, 2)`: its initializer takes the bounds unlabelled.
    var swiftLiteral: SwiftLiteral {
        .call(type: "WeekRange", arguments: [("", .plain("\(first)")), ("", .plain("\(last)"))])
    }
}
