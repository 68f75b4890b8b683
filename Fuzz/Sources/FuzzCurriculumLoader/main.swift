import LibFuzzerDriver

LibFuzzer.run(testOneInput)
