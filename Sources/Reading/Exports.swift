// The document model is Reading's input: whoever reads sheets sees it.
@_exported import CoursecheckDocument
