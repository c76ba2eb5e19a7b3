import { withSvg } from '$lib/charts/with-svg';

export const load = ({ data }) => withSvg(data);
