from generator.program import run

run()
