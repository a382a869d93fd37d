const FORMATS = ['EPUB', 'PDF with a text layer', 'Word (.docx)', 'Markdown', 'Plain text', 'HTML'];

export function SupportedFormats() {
  return (
    <div className="supported-formats">
      <h2 className="supported-formats__title" id="formats-heading">
        Supported formats
      </h2>
      <ul className="supported-formats__list" aria-labelledby="formats-heading">
        {FORMATS.map((format) => (
          <li key={format} className="supported-formats__item">
            {format}
          </li>
        ))}
      </ul>
    </div>
  );
}
