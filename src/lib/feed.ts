/**
 * Items for the RSS feeds of new and reviewed cases. Pure; @astrojs/rss writes the XML. A case
 * appears under the date of its last review; a review gets its own guid, so a feed reader shows it
 * as news again.
 */
import { isoDate } from './format';
import { sortByDate, type CaseRecord } from './cases';
import { caseKeywords } from './case-metadata';

/** One feed item in the shape @astrojs/rss takes (which escapes every value for XML once more). */
export interface FeedItem {
  /** The title, with < and > as character references, so a reader that treats titles as HTML shows them too. */
  title: string;
  link: string;
  pubDate: Date;
  /** The summary as HTML that shows exactly its text: readers treat <description> as HTML. */
  description: string;
  categories: string[];
  /** Extra XML: the guid of this version. */
  customData: string;
}

/** True when the case was reviewed after it was first published. */
export function isReviewed(record: CaseRecord): boolean {
  return record.data.reviewed.getTime() > record.data.published.getTime();
}

/** The feed items for these cases, newest review first (ties by slug, for stable output). */
export function feedItems(records: readonly CaseRecord[], urlOf: (record: CaseRecord) => string, limit = 50): FeedItem[] {
  return sortByDate(records, 'reviewed')
    .slice(0, limit)
    .map((record) => {
      const link = urlOf(record);
      const reviewed = isReviewed(record);
      const guid = reviewed ? `${link}#herzien-${isoDate(record.data.reviewed)}` : link;
      return {
        title: feedTitle(reviewed ? `${record.data.title} (herzien)` : record.data.title),
        link,
        pubDate: record.data.reviewed,
        description: textAsHtml(record.data.summary),
        categories: caseKeywords(record),
        customData: `<guid isPermaLink="${reviewed ? 'false' : 'true'}">${escapeXml(guid)}</guid>`,
      };
    });
}

/** Channel extras: language and the feed's own address (atom:link rel="self"). */
export function channelData(selfUrl: string): string {
  return `<language>nl-nl</language><atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text as HTML that shows exactly that text. Feed readers render an item's description as HTML,
 * so a summary with <img onerror=…> would otherwise become an image and a script.
 */
export function textAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A title for a feed item. Some readers show titles as plain text and some as HTML; with only < and
 * > written as references, no reader sees a tag, and a title with "&" still reads well in both.
 */
export function feedTitle(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
