declare module 'svg-to-pdfkit' {
	/** Draws an SVG (markup or element) into a PDFKit document at x, y. */
	const SVGtoPDF: (doc: PDFKit.PDFDocument, svg: string | Element, x?: number, y?: number, options?: Record<string, unknown>) => void;
	export default SVGtoPDF;
}
