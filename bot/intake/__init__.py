"""The structured intake: questions, answers, summary and the police request it becomes."""
