"""Police request store: encrypted fields, references people can quote, an audit trail."""
