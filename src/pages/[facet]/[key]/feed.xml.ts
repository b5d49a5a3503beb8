/**
 * RSS feed per facet value, e.g. /regio/overijssel/feed.xml: new and reviewed cases in Overijssel.
 * `astro dev` serves it only with a trailing slash (withastro/astro#17001); the build is right.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCasesWith } from '../../../content';
import { facetRoutes } from '../../../data/facet-routes';
import { site } from '../../../data/site';
import { channelData, feedItems } from '../../../lib/feed';
import { absoluteUrl, casePath } from '../../../lib/url';

export const getStaticPaths = (() =>
  facetRoutes.flatMap((route) =>
    route.vocabulary.terms.map((term) => ({
      params: { facet: route.segment, key: term.key },
      props: { field: route.field, name: route.vocabulary.name, label: term.label },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { field, name, label } = props as { field: (typeof facetRoutes)[number]['field']; name: string; label: string };
  const cases = await getCasesWith(field, params.key!);
  const page = `/${params.facet}/${params.key}/`;
  return rss({
    title: `${site.name}: ${name.toLowerCase()} ${label}`,
    description: `Nieuwe en herziene praktijkvoorbeelden voor ${name.toLowerCase()} ${label}.`,
    site: absoluteUrl(page),
    items: feedItems(cases, (r) => absoluteUrl(casePath(r.slug))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(absoluteUrl(`${page}feed.xml`)),
  });
};
