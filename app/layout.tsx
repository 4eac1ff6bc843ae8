import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteHeader } from '@/components/site/site-header'
import { SiteFooter } from '@/components/site/site-footer'
import { BeforePaintScript } from '@/components/site/before-paint-script'
import { HydrationMark } from '@/components/site/hydration-mark'
import { OPENSEARCH_PATH, pageAlternates, SITE_NAME, SITE_URL } from '@/lib/site'
import './globals.css'

const DESCRIPTION =
  'Find what an AWS error means and work through an expert diagnostic checklist with exact commands, for AccessDenied, InvalidClientTokenId, ThrottlingException and more.'

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: { default: 'AWS Error Guide: diagnostic checklists for AWS errors', template: `%s · ${SITE_NAME}` },
  description: DESCRIPTION,
  alternates: pageAlternates(),
  openGraph: { type: 'website', siteName: SITE_NAME, title: SITE_NAME, description: DESCRIPTION },
  twitter: { card: 'summary' },
  // Also a header where the host can set one; in the page, it holds on hosts that cannot.
  referrer: 'no-referrer',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // BeforePaintScript marks <html> before React hydrates, on purpose.
    <html lang="en" suppressHydrationWarning>
      <head>
        <BeforePaintScript />
        {/* The reader script (components/reader/): the page's controls from the first paint, and the framework's boot when the reader needs it. */}
        <script src="/reader.js" defer />
        <link rel="search" type="application/opensearchdescription+xml" title={SITE_NAME} href={OPENSEARCH_PATH} />
      </head>
      {/* break-words: codes, ARNs and environment variables have no spaces; on a phone they must wrap, not push the page sideways. */}
      <body className="flex min-h-screen flex-col bg-white font-sans break-words text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  )
}
