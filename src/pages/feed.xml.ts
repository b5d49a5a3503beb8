/** RSS feed of new and reviewed cases, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases } from '../content';
import { site } from '../data/site';
import { channelData, feedItems } from '../lib/feed';
import { absoluteUrl, casePath } from '../lib/url';

export const GET: APIRoute = async () =>
  rss({
    title: `${site.name}: nieuwe en herziene voorbeelden`,
    description: 'Nieuwe en opnieuw gecontroleerde praktijkvoorbeelden van stages in zorgopleidingen.',
    site: absoluteUrl('/'),
    items: feedItems(await getCases(), (r) => absoluteUrl(casePath(r.slug))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(absoluteUrl('/feed.xml')),
  });
