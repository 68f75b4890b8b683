import WaymarkCore

extension CalculatorsScreen {
    mutating func update(_ command: Command, _ app: AppContext) -> [Outcome] {
        let calculators = Calculator.all
        if cursor.move(command, count: calculators.count, page: ListCursor.page(app)) { return [] }
        guard command == .open, calculators.indices.contains(cursor.index) else { return [] }
        return [.push(.calculator(CalculatorScreen(calculators[cursor.index], origin: origin)))]
    }

    mutating func refresh(_ app: AppContext) {
        cursor.clamp(count: Calculator.all.count)
    }
}
