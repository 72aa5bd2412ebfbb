from generator.cli import run_command

run_command()
