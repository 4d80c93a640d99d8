import type { FaqItem } from '@/lib/catalog/code-page';
import { CodeSection } from './code-section';

/** The FAQ, visible and as FAQPage JSON-LD for search engines. */
export function CodeFaq({ items }: { items: FaqItem[] }) {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((f) => ({
      '@type': 'Question',
      name: f.question,
      acceptedAnswer: { '@type': 'Answer', text: f.answer },
    })),
  };
  return (
    <CodeSection id="faq" title="Frequently asked questions">
      {items.map((f) => (
        <div key={f.question}>
          <h3 className="font-semibold text-slate-900">{f.question}</h3>
          <p className="mt-1">{f.answer}</p>
        </div>
      ))}
      <script
        type="application/ld+json"
        // Escaped so no descriptor text can close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
    </CodeSection>
  );
}
