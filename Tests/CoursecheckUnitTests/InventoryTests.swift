import CoursecheckAssignment
import CoursecheckModels
import CoursecheckNumerics
import CoursecheckTestSupport
import Testing

private let specs: [ModelSpec] = Recurrence.allCases.flatMap { cell in
    [1, 2, 3].flatMap { levels in [false, true].map { ModelSpec(name: "m", recurrence: cell, levels: levels, bidirectional: $0) } }
}

@Suite("Parameter inventories of instantiated models")
struct InventoryTests {
    @Test("The inventory equals the closed form G·H·(I_l + H + b), over many sizes and both conventions",
          arguments: Seeds.sweep(6))
    func closedForm(seed: UInt) throws {
        let rng = try RandomSource(seed: seed)
        for spec in specs {
            let input = Int(rng.uniform(1, 300)), hidden = Int(rng.uniform(1, 120))
            for bias in BiasConvention.allCases {
                let inventory = try ParameterInventory.of(spec, inputSize: input, hiddenSize: hidden, bias: bias)
                #expect(inventory.parameters == spec.parameterCount(input: input, hidden: hidden, bias: bias),
                        "seed \(seed): \(spec.recurrence) \(spec.levels) levels bidirectional \(spec.bidirectional) I \(input) H \(hidden) \(bias)")
                #expect(inventory.tensors.count == spec.levels * spec.directions.count * (2 + bias.vectors))
            }
        }
    }

    @Test("Counts worked out by hand for input 100, hidden 200")
    func byHand() throws {
        // RNN: 200·100 + 200·200 + 200 + 200 = 60,400; LSTM four times that.
        // One bias: 200·(100 + 200 + 1) = 60,200.
        let rnn = ModelSpec(name: "RNN", recurrence: .rnn, levels: 1, bidirectional: false)
        #expect(try ParameterInventory.of(rnn, inputSize: 100, hiddenSize: 200, bias: .two).parameters == 60_400)
        #expect(try ParameterInventory.of(rnn, inputSize: 100, hiddenSize: 200, bias: .one).parameters == 60_200)
        // Level 1 of a 2-level bi-LSTM reads 400 features: 2·4·200·(400 + 200 + 2) = 963,200.
        let deep = ModelSpec(name: "2-level bi-LSTM", recurrence: .lstm, levels: 2, bidirectional: true)
        let inventory = try ParameterInventory.of(deep, inputSize: 100, hiddenSize: 200, bias: .two)
        #expect(inventory.perLevel == [483_200, 963_200])
        let first = try #require(inventory.tensors.first)
        #expect(first.name == "W_ih" && first.shape == [800, 100] && first.count == 80_000 && first.direction == "forward")
    }

    @Test("Size inference finds the one size behind the submitted sheet's counts, and none for contradictory ones")
    func inference() throws {
        let part = try #require(try Assignment.load(from: PackagePaths.assignment.path).part1)
        let counts = [60_400, 241_600, 120_800, 483_200, 361_600, 1_446_400]
        let slugs = ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"]
        let claims = zip(slugs, counts).map { (part.model(slug: $0)!, $1) }
        #expect(SizeInference.solutions(claims: claims) == [.init(inputSize: 100, hiddenSize: 200, bias: .two)])
        // An RNN count alone fits many sizes, among them the assignment's.
        #expect(SizeInference.solutions(claims: [claims[0]]).count > 1)
        var contradictory = claims
        contradictory[1].1 = 241_601
        #expect(SizeInference.solutions(claims: contradictory).isEmpty)
    }
}
