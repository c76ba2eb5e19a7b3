/*
 * Resizes the explainer's embedded charts on a host page. Each embedded chart page posts
 * { type: 'colombia-us:height', height } to its parent whenever its height changes; this script
 * finds the iframe that sent it and sets that height, and asks the frames already there to tell it
 * again. No dependencies, no requests.
 */
(function () {
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'colombia-us:height' || typeof data.height !== 'number') return;
		var frames = document.querySelectorAll('iframe[data-colombia-us-embed]');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
		}
	});
	// A chart that loaded before this script has already told its height: ask again.
	var ask = function (frame) {
		if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'colombia-us:ask-height' }, '*');
	};
	var frames = document.querySelectorAll('iframe[data-colombia-us-embed]');
	for (var i = 0; i < frames.length; i++) {
		ask(frames[i]);
		frames[i].addEventListener('load', ask.bind(null, frames[i]));
	}
})();
